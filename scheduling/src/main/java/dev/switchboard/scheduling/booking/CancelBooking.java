package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.event.MeetingCancelled;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.domain.port.SlotHolds;
import java.time.Clock;
import java.time.Instant;

/**
 * Cancels a booking: marks it cancelled on the version read (one atomic write, so of two concurrent
 * cancellations one wins), then releases its time. The calendar event is deleted through the booking's
 * calendar write, and the prospect gets a CANCEL.
 *
 * @throws InputRejected {@code NOT_FOUND} or {@code ALREADY_CANCELLED} on {@code bookingId}
 */
public final class CancelBooking {

    private final Bookings bookings;
    private final SlotHolds holds;
    private final MeetingNotices notices;
    private final Events events;
    private final CalendarWrites calendarWrites;
    private final BookingOutcomes outcomes;
    private final Clock clock;

    public CancelBooking(
            Bookings bookings,
            SlotHolds holds,
            MeetingNotices notices,
            Events events,
            CalendarWrites calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        this.events = events;
        this.calendarWrites = calendarWrites;
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.holds = holds;
        this.notices = notices;
        this.clock = clock;
    }

    public Cancelled cancel(BookingId id) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Booking booking =
                    bookings.byId(id).orElseThrow(() -> InputRejected.notFound("bookingId", "booking", id.value()));
            if (booking.cancelled()) {
                throw new InputRejected(ErrorCode.ALREADY_CANCELLED, "bookingId", "the booking was cancelled already");
            }
            Instant now = clock.instant();
            Booking cancelled = booking.cancelled(booking.calendarAfterChange(now));
            if (bookings.change(cancelled)) {
                holds.release(id, booking.holdAttempt());
                BookMeeting.queue(notices, MeetingNotices.Kind.CANCELLED, cancelled);
                events.record(new MeetingCancelled(
                        id.value(),
                        cancelled.leadId(),
                        cancelled.repId(),
                        cancelled.when().start(),
                        cancelled.when().end(),
                        cancelled.meetingTypeId(),
                        now));
                Cancelled answer = new Cancelled(BookMeeting.written(calendarWrites, bookings, cancelled), now);
                outcomes.cancelled(answer);
                return answer;
            }
            // Rescheduled meanwhile: cancel what it is now.
        }
        throw new InputRejected(ErrorCode.SLOT_TAKEN, "bookingId", "the booking keeps changing; try again");
    }
}
