package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import dev.switchboard.scheduling.slots.Slots;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Whether a start is a slot that a rep or a pool offers, asked of {@link FindSlots} so booking and slots never disagree. */
final class Offers {

    /** How far ahead fresh slots are offered after a slot was taken. */
    private static final Duration FRESH = Duration.ofDays(7);

    private final FindSlots findSlots;
    private final Bookings bookings;
    private final Clock clock;

    Offers(FindSlots findSlots, Bookings bookings, Clock clock) {
        this.findSlots = findSlots;
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The reps free at {@code start}, in the order the slot lists them.
     *
     * @throws InputRejected {@code OUT_OF_RANGE} on {@code start} outside notice and horizon, {@code SLOT_NOT_OFFERED} otherwise
     * @throws SlotTaken     when a booking holds the time
     */
    List<RepId> freeAt(RepId rep, PoolId pool, List<RepId> members, MeetingType type, Instant start, ZoneId zone) {
        Instant now = clock.instant();
        if (start.isBefore(now.plus(type.minimumNotice()))
                || !start.isBefore(now.plus(Duration.ofDays(type.horizonDays())))) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "start",
                    "bookings start between " + type.minimumNotice().toMinutes() + " minutes and " + type.horizonDays()
                            + " days from now");
        }
        Slots found = findSlots.find(new FindSlotsQuery(rep, pool, type.id(), start, start.plusSeconds(1), zone));
        for (Slots.Slot slot : found.slots()) {
            if (slot.start().equals(start)) {
                return slot.reps();
            }
        }
        Interval held = Booking.held(Interval.of(start, type.duration()), type.bufferBefore(), type.bufferAfter());
        if (!bookings.booked(members, held.start(), held.end()).isEmpty()) {
            throw new SlotTaken(fresh(rep, pool, type, start, zone, held));
        }
        throw new InputRejected(
                ErrorCode.SLOT_NOT_OFFERED, "start", "no slot starts at " + start + " for this meeting type");
    }

    /**
     * The slots open from the start of the prospect's day of {@code around} on, for a week, but for those running
     * into {@code taken}: the booking that took it may not be stored yet (its time is held first), and a slot
     * offered again at once would only be taken again.
     */
    Slots fresh(RepId rep, PoolId pool, MeetingType type, Instant around, ZoneId zone, Interval taken) {
        Instant from = around.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Slots found = findSlots.find(new FindSlotsQuery(rep, pool, type.id(), from, from.plus(FRESH), zone));
        List<Slots.Slot> open = found.slots().stream()
                .filter(slot -> !Booking.held(
                                new Interval(slot.start(), slot.end()), type.bufferBefore(), type.bufferAfter())
                        .overlaps(taken))
                .toList();
        return new Slots(open, found.timeZone(), found.unknown(), found.policy());
    }
}
