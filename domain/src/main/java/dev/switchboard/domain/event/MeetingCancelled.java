package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/** A booked meeting was cancelled; the slot [{@code start}, {@code end}) is free again. */
public record MeetingCancelled(
        String bookingId,
        LeadId lead,
        RepId rep,
        Instant start,
        Instant end,
        MeetingTypeId meetingType,
        Instant occurredAt)
        implements DomainEvent {

    public MeetingCancelled {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String id() {
        return "booking:" + bookingId + ":cancelled";
    }
}
