package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/**
 * The lead's owner accepted it, or a member took a shotgun offer by accepting it first.
 *
 * @param change the number of this change in the lead's ownership history (1 for the first)
 */
public record LeadAccepted(LeadId lead, RepId rep, int change, Instant occurredAt) implements DomainEvent {

    public LeadAccepted {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String id() {
        return LeadHistory.changeId(lead, change);
    }
}
