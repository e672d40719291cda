package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import java.time.Instant;

/**
 * Something that happened, as a past-tense record. Every event has an id worked out from what it is about
 * (the lead and its change number, the booking and its change), never drawn at random: recording the same
 * happening twice, from a retry, a relay or another instance, gives the same id, and a store keeps it once.
 */
public sealed interface DomainEvent
        permits LeadSubmitted,
                LeadAssigned,
                LeadAccepted,
                LeadReassigned,
                MeetingBooked,
                MeetingRescheduled,
                MeetingCancelled {

    /** Deterministic: the same happening always has the same id. */
    String id();

    /** When it happened, by the clock of the use case that made it happen. */
    Instant occurredAt();

    /** The record's name, e.g. {@code LeadAssigned}: what webhooks and subscriptions filter on. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The lead this event concerns. */
    LeadId lead();
}
