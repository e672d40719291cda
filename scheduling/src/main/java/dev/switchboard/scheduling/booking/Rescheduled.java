package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Instant;

/** A meeting moved from {@code previous} to the booking's time, its sequence one on; or left where it was, unchanged. */
public record Rescheduled(Booking booking, Interval previous, Instant at) {

    /** Whether the meeting moved: a reschedule to the booking's own time changes nothing. */
    public boolean moved() {
        return !previous.equals(booking.when());
    }
}
