package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.booking.Booking;
import java.time.Instant;

/**
 * A meeting was booked: the booking as stored (lead, rep, meeting type, time, prospect's zone, location).
 *
 * @param repeated true when an earlier call with the same idempotency key booked it, and this call did nothing
 */
public record Booked(Booking booking, boolean repeated, Instant at) {}
