package dev.switchboard.domain.model.booking;

import dev.switchboard.domain.model.calendar.EventRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A booking's calendar write, kept on the booking itself so it is never lost: the write due, how many
 * attempts failed, when the next one may be made, and where the event was written.
 *
 * @param event         the event on the rep's calendar, or null while none was written
 * @param attempts      failed attempts since the booking last changed
 * @param nextAttemptAt the earliest time the next attempt may be made
 * @param lastError     why the last attempt failed, or null
 */
public record CalendarSync(CalendarState state, EventRef event, int attempts, Instant nextAttemptAt, String lastError) {

    public CalendarSync {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /**
     * How long a write queued by a change is left to the instance that made the change (which writes it at once)
     * before any instance's background job takes it: so the answer to a booking shows its write made, and a write
     * whose instance stopped before making it is still made.
     */
    public static final Duration HANDOVER = Duration.ofSeconds(30);

    /** A write due now, keeping the event written before (if any) to update or delete; see {@link #HANDOVER}. */
    public static CalendarSync due(EventRef event, Instant now) {
        return new CalendarSync(CalendarState.PENDING, event, 0, now.plus(HANDOVER), null);
    }

    public static CalendarSync notNeeded(Instant now) {
        return new CalendarSync(CalendarState.NOT_NEEDED, null, 0, now, null);
    }
}
