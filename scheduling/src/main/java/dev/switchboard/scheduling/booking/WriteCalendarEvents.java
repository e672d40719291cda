package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.CalendarState;
import dev.switchboard.domain.model.booking.CalendarSync;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.domain.retry.Backoff;
import dev.switchboard.scheduling.busy.BusyTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes reps' calendars show their bookings as they stand: the outbox worker of booking calendar writes.
 * <p>
 * Each due write is claimed with one conditional update on its booking (so of several instances one writes
 * each event, once) for a lease longer than any adapter call, then made through the adapter that supports
 * the rep's connection: the event is created when none was written, updated (with the stored
 * {@link EventRef}) when the booking moved, deleted when it was cancelled. A write that fails is retried
 * as the {@link Backoff} says, and marked FAILED with the last error after its last attempt. A booking changed while its event was being written keeps
 * its write due, so the change is written next. After a write the rep's cached busy time is dropped.
 * <p>
 * A write queued by a change is made at once by the instance that made the change ({@code writeDue(id)}, due or
 * not); the background run ({@code writeDue(null)}) takes only writes past their due time, which for a new write
 * is {@link CalendarSync#HANDOVER} later, so the two do not race for it.
 */
public final class WriteCalendarEvents implements CalendarWrites {

    /** Writes made per call at most, so one call never runs unbounded. */
    private static final int BATCH = 50;

    private final Bookings bookings;
    private final CalendarConnections connections;
    private final List<Calendars> adapters;
    private final BusyTimes busyTimes;
    private final Clock clock;
    private final Backoff retries;
    private final Duration lease;
    private final String claimant = UUID.randomUUID().toString();

    public WriteCalendarEvents(
            Bookings bookings,
            CalendarConnections connections,
            List<Calendars> adapters,
            BusyTimes busyTimes,
            Clock clock,
            Backoff retries,
            Duration lease) {
        this.bookings = bookings;
        this.connections = connections;
        this.adapters = List.copyOf(adapters);
        this.busyTimes = busyTimes;
        this.clock = clock;
        this.retries = retries;
        this.lease = lease;
    }

    /**
     * Makes the writes due now: only {@code only}'s (right after a booking changed), or with null any booking's.
     *
     * @return how many writes were attempted
     */
    public int writeDue(BookingId only) {
        int attempted = 0;
        while (attempted < (only == null ? BATCH : 1)) {
            Instant now = clock.instant();
            Optional<Booking> claimed = bookings.claimCalendarWrite(only, now, now.plus(lease), claimant);
            if (claimed.isEmpty()) {
                break;
            }
            write(claimed.get(), now);
            attempted++;
        }
        return attempted;
    }

    @Override
    public void writeNow(BookingId booking) {
        writeDue(booking);
    }

    private void write(Booking booking, Instant now) {
        EventRef written = booking.calendar().event();
        CalendarConnection connection = connections.of(booking.repId()).orElse(null);
        if (connection == null || !connection.writable()) {
            bookings.finishCalendarWrite(booking, claimant, written, CalendarSync.notNeeded(now));
            return;
        }
        Calendars adapter = adapters.stream()
                .filter(a -> a.supports(connection))
                .findFirst()
                .orElse(null);
        try {
            if (adapter == null) {
                throw new CalendarFault(CalendarFault.Kind.READ_ONLY, "no calendar adapter writes this calendar here");
            }
            EventRef after = apply(adapter, connection, booking, written);
            bookings.finishCalendarWrite(
                    booking, claimant, after, new CalendarSync(CalendarState.WRITTEN, after, 0, now, null));
            busyTimes.invalidate(booking.repId());
        } catch (CalendarFault fault) {
            int attempts = booking.calendar().attempts() + 1;
            CalendarState state = retries.exhausted(attempts) ? CalendarState.FAILED : CalendarState.PENDING;
            bookings.finishCalendarWrite(
                    booking,
                    claimant,
                    written,
                    new CalendarSync(
                            state,
                            written,
                            attempts,
                            now.plus(retries.delay(attempts)),
                            fault.kind() + ": " + fault.getMessage()));
        }
    }

    /**
     * No event known ({@code written} null) does not mean none is there: a create whose answer was lost (a timeout,
     * a reset) may have made it. So a cancelled booking's event is removed where a create would have put it, and a
     * create for a booking moved since it was booked ({@code sequence > 0}), which may find an earlier try's event
     * at the old time, is followed by an update to the booking as it stands.
     */
    private static EventRef apply(Calendars adapter, CalendarConnection connection, Booking booking, EventRef written) {
        CalendarEvent event = booking.event();
        if (booking.cancelled()) {
            EventRef target =
                    written != null ? written : adapter.where(connection, event).orElse(null);
            if (target != null) {
                adapter.delete(connection, target);
            }
            return null;
        }
        if (written != null) {
            return adapter.update(connection, written, event);
        }
        EventRef created = adapter.create(connection, event);
        return booking.sequence() > 0 ? adapter.update(connection, created, event) : created;
    }
}
