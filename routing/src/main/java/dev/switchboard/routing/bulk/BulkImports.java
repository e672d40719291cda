package dev.switchboard.routing.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bulk import operations and their files, kept until the operation ends, so that any instance can do or finish the
 * work. Every change of an operation is one conditional single-document update.
 */
public interface BulkImports {

    /**
     * Stores a new QUEUED operation with its file's {@code chunks}. The chunks are stored first, so a worker that
     * finds the operation finds all of them.
     */
    void add(BulkImportOperation operation, List<ImportChunk> chunks);

    Optional<BulkImportOperation> byId(BulkImportId id);

    /**
     * Takes the oldest operation that is QUEUED, or RUNNING with its lease ended at {@code now} (its worker
     * stopped), in one conditional update: it becomes RUNNING, leased until {@code until}, its attempts counted up.
     * Of workers claiming at once, each gets a different operation or none.
     */
    Optional<BulkImportOperation> claim(Instant now, Instant until);

    /** The operation's chunk {@code index}, if stored. */
    Optional<ImportChunk> chunk(BulkImportId id, int index);

    /**
     * Records batch {@code index} done, in one conditional update, only while the operation is RUNNING with exactly
     * {@code index} batches done (so of two workers that did the same batch, one records it): adds {@code counts}
     * (their total aside), appends {@code errors} to the row errors and leases the operation on until {@code until}.
     *
     * @return false, recording nothing, when another worker recorded the batch or the operation ended
     */
    boolean recordBatch(BulkImportId id, int index, BulkImportCounts counts, List<RowError> errors, Instant until);

    /** Ends the operation as {@code state} (DONE or FAILED, with {@code failure} then) at {@code at}; drops its file. */
    void finish(BulkImportId id, BulkImportState state, String failure, Instant at);
}
