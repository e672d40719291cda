package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of who owns a lead, made after its routing decision.
 *
 * @param by     who made it: a rep's id (a claim or an accept), an admin's name (a manual re-assignment),
 *               or {@link #SLA} (the accept deadline passed)
 * @param reason why, in words
 * @param from   the owner before, or null when nobody owned the lead (queued, unassigned, disqualified)
 * @param to     the owner after
 */
public record OwnershipChange(Kind kind, String by, Instant at, String reason, RepId from, RepId to) {

    /** The {@code by} of changes the accept deadline made. */
    public static final String SLA = "sla";

    public OwnershipChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(to, "to");
    }

    public enum Kind {
        /** A pool member took the lead from a shark tank or blind pull queue. */
        CLAIMED,
        /** The owner accepted the lead, or a pool member took a shotgun lead by accepting it first. */
        ACCEPTED,
        /** An admin assigned the lead to a rep by hand. */
        REASSIGNED,
        /** The owner did not accept in time, so the lead went to the pool's next member. */
        MOVED_BY_SLA,
        /** The lead moved too often unaccepted, so it went to the pool's escalation target, marked urgent. */
        ESCALATED
    }
}
