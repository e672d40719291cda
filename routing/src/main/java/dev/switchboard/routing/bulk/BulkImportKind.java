package dev.switchboard.routing.bulk;

/** What a bulk import's rows are, and the key each row is known by (the same key finds the same row again). */
public enum BulkImportKind {
    /** Reps, keyed by email. */
    REPS,
    /** Accounts, keyed by their first domain (a row updates the account holding any of its domains). */
    ACCOUNTS,
    /** Leads for history, keyed by {@code externalId}, or by email and {@code submittedAt} without one. */
    LEADS
}
