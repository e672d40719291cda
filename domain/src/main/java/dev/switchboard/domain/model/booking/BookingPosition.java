package dev.switchboard.domain.model.booking;

import java.time.Instant;
import java.util.Objects;

/** A place in the order lists of bookings use: by meeting start, ties broken by id. */
public record BookingPosition(Instant start, BookingId id) {

    public BookingPosition {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(id, "id");
    }
}
