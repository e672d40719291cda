package dev.switchboard.routing.bulk;

/** Where a bulk import stands. */
public enum BulkImportState {
    /** Stored with its file; no worker has taken it yet. */
    QUEUED,
    /** A worker holds it and works through its batches; another takes it over if the worker's lease ends. */
    RUNNING,
    /** Every row was read: landed, unchanged, or answered with a row error. */
    DONE,
    /** Stopped before the end (see the operation's failure); the rows of the batches done stay stored. */
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
