package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.event.MeetingRescheduled;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.SlotHolds;
import dev.switchboard.scheduling.slots.FindSlots;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Moves a booking to another slot the same rep offers. The new time is held first (atomically, as when
 * booking), then the booking is changed on the version read, then the old time is released: each step one
 * atomic write, and a failure undoes the steps before it. The calendar event is updated through the
 * booking's calendar write, and the prospect gets the invite again with the next SEQUENCE.
 * <p>
 * The new time may not overlap the booking's own: the booking and its calendar event keep it busy. A move to the
 * time the booking already has is a success that changes nothing (no new SEQUENCE, no invite, no event): it is
 * what a reschedule retried after its answer was lost asks, and what a prospect confirming the same time means.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code bookingId}; {@code ALREADY_CANCELLED} on {@code bookingId};
 *                       {@code OUT_OF_RANGE} or {@code SLOT_NOT_OFFERED} on {@code start}
 * @throws SlotTaken     when someone booked the new time first
 */
public final class RescheduleBooking {

    private final Bookings bookings;
    private final MeetingTypes meetingTypes;
    private final SlotHolds holds;
    private final MeetingNotices notices;
    private final Offers offers;
    private final Events events;
    private final CalendarWrites calendarWrites;
    private final BookingOutcomes outcomes;
    private final Clock clock;

    public RescheduleBooking(
            Bookings bookings,
            MeetingTypes meetingTypes,
            SlotHolds holds,
            MeetingNotices notices,
            FindSlots findSlots,
            Events events,
            CalendarWrites calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        this.events = events;
        this.calendarWrites = calendarWrites;
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.meetingTypes = meetingTypes;
        this.holds = holds;
        this.notices = notices;
        this.offers = new Offers(findSlots, bookings, clock);
        this.clock = clock;
    }

    public Rescheduled reschedule(BookingId id, Instant start) {
        Rescheduled rescheduled = move(id, start);
        rescheduled = new Rescheduled(
                BookMeeting.written(calendarWrites, bookings, rescheduled.booking()),
                rescheduled.previous(),
                rescheduled.at());
        outcomes.rescheduled(rescheduled);
        return rescheduled;
    }

    private Rescheduled move(BookingId id, Instant start) {
        if (start == null) {
            throw InputRejected.required("start");
        }
        Booking booking =
                bookings.byId(id).orElseThrow(() -> InputRejected.notFound("bookingId", "booking", id.value()));
        if (booking.cancelled()) {
            throw new InputRejected(ErrorCode.ALREADY_CANCELLED, "bookingId", "the booking was cancelled");
        }
        if (booking.when().start().equals(start)) {
            return new Rescheduled(booking, booking.when(), clock.instant());
        }
        MeetingType type = meetingTypes
                .byId(booking.meetingTypeId())
                .orElseThrow(() -> InputRejected.notFound(
                        "meetingTypeId", "meeting type", booking.meetingTypeId().value()));
        offers.freeAt(booking.repId(), null, List.of(booking.repId()), type, start, booking.timeZone());

        Interval when = Interval.of(start, type.duration());
        Interval held = Booking.held(when, type.bufferBefore(), type.bufferAfter());
        // Two reschedules of one booking at once each hold as their own attempt: the loser releases its own holds only.
        String attempt = SlotHolds.attempt();
        if (!holds.hold(booking.repId(), held, id, attempt)) {
            throw new SlotTaken(offers.fresh(booking.repId(), null, type, start, booking.timeZone(), held));
        }
        Instant now = clock.instant();
        Booking moved = booking.movedTo(when, held, attempt, booking.calendarAfterChange(now));
        if (!bookings.change(moved)) {
            holds.release(id, attempt);
            throw changedMeanwhile(id);
        }
        holds.release(id, booking.holdAttempt());
        BookMeeting.queue(notices, MeetingNotices.Kind.RESCHEDULED, moved);
        events.record(new MeetingRescheduled(
                id.value(),
                moved.leadId(),
                moved.repId(),
                when.start(),
                when.end(),
                moved.meetingTypeId(),
                booking.when().start(),
                now));
        return new Rescheduled(moved, booking.when(), now);
    }

    private InputRejected changedMeanwhile(BookingId id) {
        boolean cancelled = bookings.byId(id).map(Booking::cancelled).orElse(false);
        return cancelled
                ? new InputRejected(ErrorCode.ALREADY_CANCELLED, "bookingId", "the booking was cancelled")
                : new InputRejected(ErrorCode.SLOT_TAKEN, "bookingId", "the booking changed meanwhile; read it again");
    }
}
