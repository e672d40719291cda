package dev.switchboard.domain.event;

import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import java.time.Instant;
import java.util.Objects;

/** A lead was stored, before anything was decided about it. {@code formId} or {@code poolId} says where it came in. */
public record LeadSubmitted(LeadId lead, FormId formId, PoolId poolId, Instant occurredAt) implements DomainEvent {

    public LeadSubmitted {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static LeadSubmitted of(Lead lead) {
        return new LeadSubmitted(lead.id(), lead.formId(), lead.poolId(), lead.submittedAt());
    }

    @Override
    public String id() {
        return "lead:" + lead.value() + ":submitted";
    }
}
