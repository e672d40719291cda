package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/**
 * The lead changed hands after its decision; {@code kind} says how: CLAIMED from a queue (which accepts it),
 * REASSIGNED by an admin, MOVED_BY_SLA or ESCALATED when its accept deadline passed.
 *
 * @param by     the rep who claimed, the admin's name, or {@code sla}
 * @param from   the owner before, or null when nobody owned it
 * @param to     the owner after (the same as {@code from} when an escalation found nobody else)
 * @param change the number of this change in the lead's ownership history (1 for the first)
 */
public record LeadReassigned(
        LeadId lead,
        OwnershipChange.Kind kind,
        String by,
        RepId from,
        RepId to,
        String reason,
        int change,
        Instant occurredAt)
        implements DomainEvent {

    public LeadReassigned {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (kind == OwnershipChange.Kind.ACCEPTED) {
            throw new IllegalArgumentException("an accept is a LeadAccepted");
        }
    }

    @Override
    public String id() {
        return LeadHistory.changeId(lead, change);
    }
}
