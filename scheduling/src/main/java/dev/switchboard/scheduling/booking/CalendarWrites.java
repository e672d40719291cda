package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.BookingId;

/**
 * How a booking use case has its booking's calendar write made at once, right after the change that queued it, so
 * its answer usually shows the event written. A write that fails here stays due and the background run retries it;
 * the change stands either way. {@link WriteCalendarEvents} is the one that writes.
 */
@FunctionalInterface
public interface CalendarWrites {

    /** Leaves the write to the background run: for a caller that needs no event written before it answers. */
    CalendarWrites LATER = booking -> {};

    void writeNow(BookingId booking);
}
