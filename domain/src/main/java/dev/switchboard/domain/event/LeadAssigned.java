package dev.switchboard.domain.event;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead's routing decision was stored, whatever it decided: {@code outcome} tells whether a rep got it
 * ({@code repId}), a claim queue of {@code poolId} holds it, or nobody (unassigned, disqualified).
 *
 * @param explanation why the decision went where it went, as data
 */
public record LeadAssigned(
        LeadId lead,
        AssignmentId assignment,
        Outcome outcome,
        RepId repId,
        PoolId poolId,
        boolean urgent,
        Explanation explanation,
        Instant occurredAt)
        implements DomainEvent {

    public LeadAssigned {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static LeadAssigned of(Assignment a) {
        return new LeadAssigned(
                a.leadId(), a.id(), a.outcome(), a.repId(), a.poolId(), a.urgent(), a.explanation(), a.decidedAt());
    }

    @Override
    public String id() {
        return "lead:" + lead.value() + ":assigned";
    }
}
