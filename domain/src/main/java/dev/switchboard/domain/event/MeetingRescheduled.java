package dev.switchboard.domain.event;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Objects;

/** A booked meeting moved from {@code oldStart} to [{@code start}, {@code end}). */
public record MeetingRescheduled(
        String bookingId,
        LeadId lead,
        RepId rep,
        Instant start,
        Instant end,
        MeetingTypeId meetingType,
        Instant oldStart,
        Instant occurredAt)
        implements DomainEvent {

    public MeetingRescheduled {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(oldStart, "oldStart");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** One booking may move several times; each move is known by where it went from and to. */
    @Override
    public String id() {
        return "booking:" + bookingId + ":rescheduled:" + oldStart.toEpochMilli() + ":" + start.toEpochMilli();
    }
}
