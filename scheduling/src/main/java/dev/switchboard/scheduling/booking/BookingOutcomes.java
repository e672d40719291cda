package dev.switchboard.scheduling.booking;

/**
 * Where the booking use cases report each outcome as they answer it, for whoever counts them (operations' metrics).
 * A repeated booking (the same idempotency key) is reported with {@link Booked#repeated()} set, so it is not
 * counted twice.
 */
public interface BookingOutcomes {

    /** Reports nothing: for callers that count nothing. */
    BookingOutcomes UNCOUNTED = new BookingOutcomes() {};

    default void booked(Booked booked) {}

    /** Someone had the time first: the booking was refused with fresh slots. */
    default void slotTaken() {}

    default void rescheduled(Rescheduled rescheduled) {}

    default void cancelled(Cancelled cancelled) {}
}
