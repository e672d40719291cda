package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.Booking;
import java.time.Instant;

/** A meeting was cancelled; the booking as it stood, its status now cancelled. */
public record Cancelled(Booking booking, Instant at) {}
