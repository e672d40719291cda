package dev.switchboard.routing.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bulk import, from its start to its end: what it imports, where it stands, how its rows went so far, and the
 * first {@link #MAX_ROW_ERRORS} row errors in file order (every failed row is counted in {@code counts.failed}).
 *
 * @param batches     how many batches ({@link ImportChunk}s) the file was cut into
 * @param batchesDone how many are done: a worker taking the operation over resumes from the next
 * @param attempts    how many times a worker took it (a second take means the first worker stopped)
 * @param failure     why it FAILED, or null
 * @param finishedAt  when it became DONE or FAILED, or null
 */
public record BulkImportOperation(
        BulkImportId id,
        BulkImportKind kind,
        BulkImportState state,
        BulkImportCounts counts,
        List<RowError> rowErrors,
        int batches,
        int batchesDone,
        int attempts,
        String failure,
        Instant createdAt,
        Instant finishedAt) {

    /** Row errors kept with an operation; the rest are counted only. */
    public static final int MAX_ROW_ERRORS = 1_000;

    public BulkImportOperation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counts, "counts");
        rowErrors = rowErrors == null ? List.of() : List.copyOf(rowErrors);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new operation, queued for a worker. */
    static BulkImportOperation queued(BulkImportKind kind, int rows, int batches, Instant at) {
        return new BulkImportOperation(
                BulkImportId.random(),
                kind,
                BulkImportState.QUEUED,
                new BulkImportCounts(rows, 0, 0, 0, 0),
                List.of(),
                batches,
                0,
                0,
                null,
                at,
                null);
    }
}
