package dev.switchboard.api.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Bookings as operators count them ({@code switchboard.bookings}): booked, taken (someone had the slot
 * first), rescheduled and cancelled. A repeated call with the same idempotency key is not counted again.
 */
@Component
public class BookingMetrics {

    private final MeterRegistry registry;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void booked(boolean repeated) {
        if (!repeated) {
            count("booked");
        }
    }

    public void slotTaken() {
        count("slot_taken");
    }

    public void rescheduled() {
        count("rescheduled");
    }

    public void cancelled() {
        count("cancelled");
    }

    private void count(String outcome) {
        registry.counter("switchboard.bookings", "outcome", outcome).increment();
    }
}
