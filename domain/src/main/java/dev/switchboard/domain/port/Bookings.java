package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingPosition;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.model.booking.CalendarSync;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings booked with reps, each with its calendar write (an outbox kept on the booking). Slots keep off
 * them, and a rep's daily meeting cap counts them. Reserving the time itself is {@link SlotHolds}' work.
 */
public interface Bookings {

    /** Which bookings to list; null fields do not filter. */
    record Filter(RepId rep, LeadId lead, BookingStatus status) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /**
     * The time each of {@code reps} holds for booked (not cancelled) meetings overlapping [{@code from},
     * {@code to}) ({@link Booking#held}: the meetings widened by their buffers), sorted by start, in one read;
     * a rep with none may be absent from the map.
     */
    Map<RepId, List<Interval>> booked(Collection<RepId> reps, Instant from, Instant to);

    /**
     * Stores a new booking. When another booking holds its idempotency key already (same scope, same operation),
     * nothing is stored and that booking is returned, whatever its request (atomically: of concurrent calls with
     * one key, one stores).
     */
    Booking add(Booking booking);

    Optional<Booking> byId(BookingId id);

    /**
     * The booking holding the claim's key in its scope for its operation; or one whose key was stored before keys
     * were scoped ({@link dev.switchboard.domain.model.IdempotencyKey#LEGACY_SCOPE}) with the same key and request.
     */
    Optional<Booking> byIdempotency(Idempotency claim);

    /** The bookings whose invite token is {@code token}, if any. */
    Optional<Booking> byInviteToken(String token);

    /**
     * Stores a change to the booking (its time, held time, status, sequence and a calendar write due), in one
     * atomic step, if the stored booking is still at {@code next.version() - 1}. The event reference a calendar
     * write stored meanwhile is kept.
     *
     * @return false when the booking changed meanwhile (nothing stored)
     */
    boolean change(Booking next);

    /** Bookings by meeting start, then id, after {@code after} (from the first when null). */
    Slice<Booking> inOrder(int limit, BookingPosition after, Filter filter);

    /** How many bookings {@link #inOrder} walks through with {@code filter}, counted by the store. */
    long count(Filter filter);

    /** The bookings of each lead, by meeting start, in one read. */
    Map<LeadId, List<Booking>> forLeads(Collection<LeadId> leads);

    /**
     * Claims one booking whose calendar write is due at {@code now} (state PENDING, its next attempt due, no
     * live claim), for {@code claimant} until {@code until}: one conditional update on the booking, so of
     * instances claiming together one gets each booking. With {@code only}, claims that booking or none, due or not
     * (its write was just queued by a change made here).
     */
    Optional<Booking> claimCalendarWrite(BookingId only, Instant now, Instant until, String claimant);

    /**
     * Ends a claim: stores where the event now is (null when deleted or never written) and the outcome, if the
     * claim is still {@code claimant}'s. The outcome is stored only when the booking is still at the version the
     * claimed booking had; otherwise the write stays due (the booking changed while it was written).
     */
    void finishCalendarWrite(Booking claimed, String claimant, EventRef event, CalendarSync outcome);
}
