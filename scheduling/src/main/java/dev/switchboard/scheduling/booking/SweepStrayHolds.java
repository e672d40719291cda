package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.SlotHolds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drops held steps no booking owns: those of a booking that was never stored (its process stopped between
 * holding and storing), and those a booking no longer owns (it was cancelled or moved, and its process stopped
 * before releasing them). Slots are computed from bookings, so such a step would keep a time offered that no one
 * can book. A booking owns the steps of its current hold attempt while it is not cancelled.
 * <p>
 * Only steps held more than {@link #GRACE} ago are looked at, so a booking still on its way to being stored keeps
 * its holds, and only steps from now on, as past time is offered to no one. Each step is dropped on its own
 * with the attempt in the condition, so a step held again meanwhile is left alone.
 */
public final class SweepStrayHolds {

    /** Far longer than holding and then storing or changing a booking takes. */
    public static final Duration GRACE = Duration.ofMinutes(5);

    private final SlotHolds holds;
    private final Bookings bookings;
    private final Clock clock;

    public SweepStrayHolds(SlotHolds holds, Bookings bookings, Clock clock) {
        this.holds = holds;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** @return how many steps were dropped */
    public int sweep() {
        Instant now = clock.instant();
        Map<BookingId, Optional<Booking>> read = new HashMap<>();
        int dropped = 0;
        for (SlotHolds.Held step : holds.heldBefore(now.minus(GRACE), now)) {
            Optional<Booking> booking = read.computeIfAbsent(step.booking(), bookings::byId);
            boolean owned = booking.filter(b -> !b.cancelled()
                            && step.attempt() != null
                            && step.attempt().equals(b.holdAttempt()))
                    .isPresent();
            if (!owned) {
                holds.drop(step);
                dropped++;
            }
        }
        return dropped;
    }
}
