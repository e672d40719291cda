package dev.switchboard.domain.model.booking;

/** Where a booking stands with the rep's calendar. */
public enum CalendarState {
    /** A write (create, update or delete) waits to be made or retried. */
    PENDING,
    /** The calendar shows the booking as it now stands. */
    WRITTEN,
    /** Every attempt failed; the last error says why. A change to the booking queues a new write. */
    FAILED,
    /** The rep has no calendar Switchboard can write (none, or a read-only feed). */
    NOT_NEEDED
}
