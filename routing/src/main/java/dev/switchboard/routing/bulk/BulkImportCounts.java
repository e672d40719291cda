package dev.switchboard.routing.bulk;

/**
 * How the rows of a bulk import went. {@code total} is the file's rows (blank lines are not rows); the others add
 * up to the rows read so far: each row is created, updated, unchanged (it matched what was stored) or failed.
 */
public record BulkImportCounts(int total, int created, int updated, int unchanged, int failed) {

    public static final BulkImportCounts NONE = new BulkImportCounts(0, 0, 0, 0, 0);

    /** The rows read so far. */
    public int read() {
        return created + updated + unchanged + failed;
    }

    /** These counts with {@code other}'s added (their totals too). */
    public BulkImportCounts plus(BulkImportCounts other) {
        return new BulkImportCounts(
                total + other.total,
                created + other.created,
                updated + other.updated,
                unchanged + other.unchanged,
                failed + other.failed);
    }
}
