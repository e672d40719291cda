package dev.switchboard.domain.model.calendar;

/**
 * A calendar could not be read or written. Routing and slots then treat the rep's availability as
 * unknown; a booking whose calendar write fails is kept and the write retried.
 */
public final class CalendarFault extends RuntimeException {

    /** What went wrong, so callers can tell a retry worth making from one that is not. */
    public enum Kind {
        /** Credentials were refused, even after a refresh: someone must reconnect the calendar. */
        UNAUTHORIZED,
        /** The service asked us to slow down (403 rateLimitExceeded, 429): retry later. */
        RATE_LIMITED,
        /** The service failed or did not answer in time (5xx, timeout, connection refused): retry later. */
        UNAVAILABLE,
        /** The answer could not be understood (malformed iCalendar, unexpected XML or JSON). */
        MALFORMED,
        /** The calendar or the event is not there. */
        NOT_FOUND,
        /** The event changed since it was last read (ETag mismatch). */
        CONFLICT,
        /** The calendar cannot be written (a read-only feed, no calendar). */
        READ_ONLY
    }

    private final Kind kind;

    public CalendarFault(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CalendarFault(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same call may succeed later without anyone changing anything. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE;
    }
}
