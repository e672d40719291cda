package dev.switchboard.routing.ownership;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.model.Assignment;

/**
 * What an ownership use case did: {@code event} is the change, as recorded in the outbox, and
 * {@code assignment} the lead's state after it.
 */
public record LeadChanged<E extends DomainEvent>(Assignment assignment, E event) {}
