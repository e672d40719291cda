package dev.switchboard.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision for one lead: which rep got it, from which pool, by which strategy, and why.
 *
 * @param turn       the pool's rotation turn this decision consumed (0 for the pool's first lead)
 * @param reason     a sentence an admin can read, e.g. "round robin: turn 6 goes to member 2 of 4"
 * @param candidates the members considered, in the order they were, each chosen or skipped with the reason
 * @param took       how long the decision took, from the lead being stored to the rep being chosen
 */
public record Assignment(
        AssignmentId id,
        LeadId leadId,
        PoolId poolId,
        RepId repId,
        Strategy strategy,
        long turn,
        String reason,
        List<Candidate> candidates,
        Instant decidedAt,
        Duration took) {

    public Assignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(took, "took");
    }
}
