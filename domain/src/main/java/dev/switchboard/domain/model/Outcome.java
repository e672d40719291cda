package dev.switchboard.domain.model;

/** Where a routing decision left the lead. */
public enum Outcome {
    /** A rep owns the lead. */
    ASSIGNED,
    /** The lead waits in a claim queue for a rep to take it. */
    QUEUED,
    /** Qualification or a rule judged the lead not worth a rep's time. */
    DISQUALIFIED,
    /** Nobody could take the lead (every candidate passed over); it waits for an admin. */
    UNASSIGNED
}
