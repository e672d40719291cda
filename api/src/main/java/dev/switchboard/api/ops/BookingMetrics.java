package dev.switchboard.api.ops;

import dev.switchboard.scheduling.booking.Booked;
import dev.switchboard.scheduling.booking.BookingOutcomes;
import dev.switchboard.scheduling.booking.Cancelled;
import dev.switchboard.scheduling.booking.Rescheduled;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Bookings as operators count them ({@code switchboard.bookings}): booked, taken (someone had the slot
 * first), rescheduled and cancelled, as the booking use cases report them. A repeated call with the same idempotency
 * key is not counted again, nor a reschedule to the time the booking already had.
 */
@Component
class BookingMetrics implements BookingOutcomes {

    private final MeterRegistry registry;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void booked(Booked booked) {
        if (!booked.repeated()) {
            count("booked");
        }
    }

    @Override
    public void slotTaken() {
        count("slot_taken");
    }

    @Override
    public void rescheduled(Rescheduled rescheduled) {
        if (rescheduled.moved()) {
            count("rescheduled");
        }
    }

    @Override
    public void cancelled(Cancelled cancelled) {
        count("cancelled");
    }

    private void count(String outcome) {
        registry.counter("switchboard.bookings", "outcome", outcome).increment();
    }
}
