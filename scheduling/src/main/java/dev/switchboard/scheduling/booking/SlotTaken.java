package dev.switchboard.scheduling.booking;

import dev.switchboard.scheduling.slots.Slots;

/** Someone else holds the time asked for (booked it first); {@link #fresh} are the slots open now, to pick again. */
public final class SlotTaken extends RuntimeException {

    private final transient Slots fresh;

    public SlotTaken(Slots fresh) {
        super("someone booked this slot first; pick another");
        this.fresh = fresh;
    }

    public Slots fresh() {
        return fresh;
    }
}
