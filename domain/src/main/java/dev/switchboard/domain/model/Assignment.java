package dev.switchboard.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The routing decision for one lead: where it went (a rep, a claim queue, nowhere) and why.
 *
 * @param repId    the rep the decision assigned the lead to; null unless the outcome is ASSIGNED (who owns it
 *                 now is in {@code ownership})
 * @param poolId   the pool the rep or queue was drawn from, or whose overflow took the lead; null when a rule named a
 *                 rep directly
 * @param strategy the pool's strategy; null without a pool
 * @param turn     the pool's rotation turn this decision took, or -1 when it took none
 * @param urgent   an escalation rule marked the lead urgent
 * @param took     how long the decision took, from the lead being stored to the decision
 * @param ownership who owns the lead now and what happened to it since the decision
 */
public record Assignment(
        AssignmentId id,
        LeadId leadId,
        Outcome outcome,
        RepId repId,
        PoolId poolId,
        Strategy strategy,
        long turn,
        boolean urgent,
        Explanation explanation,
        Instant decidedAt,
        Duration took,
        Ownership ownership) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.ASSIGNED) != (repId != null)) {
            throw new IllegalArgumentException("exactly the assigned outcome names a rep: " + outcome + ", " + repId);
        }
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(ownership, "ownership");
    }

    /** Whether the pool passed every member over and its overflow took the lead (the pool stays {@code poolId}). */
    public boolean overflowed() {
        for (Reason step : explanation.reason().steps()) {
            if (step instanceof Reason.PoolPassedOver passed && passed.overflow() != null) {
                return true;
            }
        }
        return false;
    }

    /** Where this decision stands in lists ordered by decision time. */
    public AssignmentPosition position() {
        return new AssignmentPosition(decidedAt, id);
    }

    /** The same decision with the lead's ownership as it now stands. */
    public Assignment withOwnership(Ownership now) {
        return new Assignment(
                id, leadId, outcome, repId, poolId, strategy, turn, urgent, explanation, decidedAt, took, now);
    }
}
