package dev.switchboard.domain.model;

/** How a claim queue offers leads to the reps of its pool. */
public enum QueueMode {
    /** Offered to the team at once; the first to accept owns it. */
    SHOTGUN,
    /** An open queue; the first rep to claim wins. */
    SHARK_TANK,
    /** Like the shark tank, but the lead's details stay hidden until claimed. */
    BLIND_PULL
}
