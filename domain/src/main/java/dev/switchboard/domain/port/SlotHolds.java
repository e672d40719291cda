package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.calendar.Interval;

/**
 * Time reserved for bookings, so no two bookings of one rep overlap, across app instances and without
 * transactions. A hold covers whole steps of {@code Booking.HOLD_STEP}, each step held by at most one booking.
 */
public interface SlotHolds {

    /**
     * Holds {@code held} of the rep's time for the booking's {@code generation} (its sequence): all of it, or
     * none of it when any part is held already by anyone (what this call took is released again).
     *
     * @return true when the whole interval is now held for the booking
     */
    boolean hold(RepId rep, Interval held, BookingId booking, int generation);

    /** Releases what the booking's {@code generation} holds; nothing happens when it holds nothing. */
    void release(BookingId booking, int generation);
}
