package dev.switchboard.domain.model.booking;

/** Whether a booked meeting still takes place. */
public enum BookingStatus {
    BOOKED,
    CANCELLED
}
