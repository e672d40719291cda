package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/** A prospect booked a meeting with a rep: the slot [{@code start}, {@code end}) is reserved. */
public record MeetingBooked(
        String bookingId,
        LeadId lead,
        RepId rep,
        Instant start,
        Instant end,
        MeetingTypeId meetingType,
        Instant occurredAt)
        implements DomainEvent {

    public MeetingBooked {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String id() {
        return "booking:" + bookingId + ":booked";
    }
}
