package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Time reserved for bookings, so no two bookings of one rep overlap, across app instances and without
 * transactions. A hold covers whole steps of {@code Booking.HOLD_STEP}, each step held by at most one booking.
 * Each step records when it was held, so steps whose booking was never stored (or no longer owns them) can be
 * found and dropped later.
 */
public interface SlotHolds {

    /**
     * Holds {@code held} of the rep's time for the booking, as the hold {@code attempt} (a token unique to this
     * one call, see {@link #attempt()}): all of it, or none of it when any part is held already by anyone (what
     * this call took is released again).
     *
     * @return true when the whole interval is now held for the booking
     */
    boolean hold(RepId rep, Interval held, BookingId booking, String attempt);

    /**
     * Releases what the booking's hold {@code attempt} holds, and nothing another attempt for the same booking
     * holds; nothing happens when it holds nothing. A null attempt releases the booking's holds made before
     * attempts were recorded.
     */
    void release(BookingId booking, String attempt);

    /**
     * The steps from {@code from} on that were held before {@code heldBefore}. Steps held before holds recorded
     * their time are never listed.
     */
    List<Held> heldBefore(Instant heldBefore, Instant from);

    /** Releases the one step, if the same attempt of the same booking still holds it: one atomic delete. */
    void drop(Held step);

    /** One held step: the rep's time from {@code step} for one {@code Booking.HOLD_STEP}. */
    record Held(RepId rep, Instant step, BookingId booking, String attempt) {}

    /** A new hold attempt's token: random, so two callers holding for one booking at once never share one. */
    static String attempt() {
        return UUID.randomUUID().toString();
    }
}
