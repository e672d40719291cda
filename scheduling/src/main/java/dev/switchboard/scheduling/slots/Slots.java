package dev.switchboard.scheduling.slots;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The open slots found for a query, in start order.
 *
 * @param timeZone the prospect's zone, in which {@link Slot#localStart} is read
 * @param unknown  the reps whose calendars could not be read, and why; under {@code EXCLUDE} none of their
 *                 slots are offered, under {@code TRUST_WORKING_HOURS} theirs are offered from working hours
 * @param policy   what unknown meant for this query
 */
public record Slots(List<Slot> slots, ZoneId timeZone, List<UnknownRep> unknown, WhenAvailabilityUnknown policy) {

    public Slots {
        slots = List.copyOf(slots);
        unknown = List.copyOf(unknown);
    }

    /** A start a prospect may book, and the reps free then, in the pool's listed order. */
    public record Slot(Instant start, Instant end, List<RepId> reps) {
        public Slot {
            reps = List.copyOf(reps);
        }

        public ZonedDateTime localStart(ZoneId zone) {
            return start.atZone(zone);
        }
    }

    /** A rep whose busy time could not be read. */
    public record UnknownRep(RepId rep, String reason) {}
}
