package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The background worker of bulk imports: takes each waiting operation in turn and works through its batches, each
 * checked row by row and stored in one bulk write, recording each batch's counts and row errors as it is done.
 * <p>
 * Safe on any number of instances, and across crashes: an operation is taken by a conditional update with a lease
 * of {@link #LEASE}, renewed with every batch recorded; when its worker stops, the lease ends and another run takes
 * it over from the first batch not recorded. A batch done but not recorded when its worker stopped is done again:
 * every row is keyed (a rep's email, an account's domains, a lead's key), so doing it again stores nothing twice,
 * and its rows are then counted as they are found (unchanged). An operation taken {@link #MAX_ATTEMPTS} times
 * without ending is FAILED, so one batch that stops every worker cannot hold the queue for ever.
 */
public final class RunBulkImports {

    private static final System.Logger LOG = System.getLogger(RunBulkImports.class.getName());

    /** How long a worker holds an operation between two batches recorded. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    public static final int MAX_ATTEMPTS = 5;

    /** Operations one run takes at most; what is left goes on the next run. */
    public static final int MAX_OPERATIONS = 10;

    private final BulkImports imports;
    private final RepRows reps;
    private final AccountRows accounts;
    private final LeadRows leads;
    private final Clock clock;

    public RunBulkImports(
            BulkImports imports, Reps reps, Accounts accounts, Leads leads, Forms forms, Pools pools, Clock clock) {
        this.imports = imports;
        this.reps = new RepRows(reps);
        this.accounts = new AccountRows(accounts, reps);
        this.leads = new LeadRows(leads, forms, pools, clock);
        this.clock = clock;
    }

    /** Works through the operations waiting now; returns how many this run ended. */
    public int run() {
        int ended = 0;
        for (int i = 0; i < MAX_OPERATIONS; i++) {
            Optional<BulkImportOperation> taken =
                    imports.claim(clock.instant(), clock.instant().plus(LEASE));
            if (taken.isEmpty()) {
                break;
            }
            if (work(taken.get())) {
                ended++;
            }
        }
        return ended;
    }

    private boolean work(BulkImportOperation operation) {
        if (operation.attempts() > MAX_ATTEMPTS) {
            imports.finish(
                    operation.id(),
                    BulkImportState.FAILED,
                    "stopped " + MAX_ATTEMPTS + " times before its end; the rows of the batches done are stored",
                    clock.instant());
            return true;
        }
        RowImport rows = rowsOf(operation.kind());
        int errorsKept = operation.rowErrors().size();
        for (int index = operation.batchesDone(); index < operation.batches(); index++) {
            Optional<ImportChunk> chunk = imports.chunk(operation.id(), index);
            if (chunk.isEmpty()) {
                imports.finish(
                        operation.id(),
                        BulkImportState.FAILED,
                        "batch " + (index + 1) + " of the file is missing from the database",
                        clock.instant());
                return true;
            }
            BatchTally tally = batch(rows, chunk.get());
            List<RowError> errors = tally.errors();
            int room = Math.max(0, BulkImportOperation.MAX_ROW_ERRORS - errorsKept);
            List<RowError> kept = errors.subList(0, Math.min(room, errors.size()));
            if (!imports.recordBatch(
                    operation.id(), index, tally.counts(), kept, clock.instant().plus(LEASE))) {
                LOG.log(System.Logger.Level.INFO, "bulk import " + operation.id() + " was taken over; leaving it");
                return false;
            }
            errorsKept += kept.size();
        }
        imports.finish(operation.id(), BulkImportState.DONE, null, clock.instant());
        return true;
    }

    private static BatchTally batch(RowImport rows, ImportChunk chunk) {
        BatchTally tally = new BatchTally();
        List<JsonRow> read = new ArrayList<>();
        for (int i = 0; i < chunk.lines().size(); i++) {
            String line = chunk.lines().get(i);
            if (line != null && line.isBlank()) {
                continue;
            }
            int number = chunk.firstLine() + i;
            try {
                read.add(JsonRow.read(number, line));
            } catch (InputRejected rejected) {
                tally.failed(number, null, rejected);
            }
        }
        rows.importRows(read, tally);
        return tally;
    }

    private RowImport rowsOf(BulkImportKind kind) {
        return switch (kind) {
            case REPS -> reps;
            case ACCOUNTS -> accounts;
            case LEADS -> leads;
        };
    }
}
