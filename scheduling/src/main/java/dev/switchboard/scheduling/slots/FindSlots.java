package dev.switchboard.scheduling.slots;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.SlotPolicies;
import dev.switchboard.scheduling.busy.BusyTime;
import dev.switchboard.scheduling.busy.BusyTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the slots a prospect may book with one rep or with a pool, for a meeting type, in a range.
 * <p>
 * A pool's slots are the union of its eligible members' (active ones; a member away until a time is
 * free only after it), each slot listing the members free at its start in the pool's listed order.
 * Each member's slots follow their own working hours, overrides, holidays and time off in their own
 * zone, their calendar's busy time and their bookings (both widened by the meeting type's buffers),
 * the minimum notice and booking horizon counted from now, and the daily meeting cap counted in the
 * rep's local day. Each calendar is read at most once per query, within a time limit; a member whose
 * calendar cannot be read is reported as unknown and treated by the pool's {@link WhenAvailabilityUnknown}
 * policy ({@code EXCLUDE} for a single rep).
 * <p>
 * A range that began in the past is answered with the slots from now on; a range that ended is refused, so a
 * client asking about the wrong week hears why it gets nothing.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code meetingTypeId}, {@code poolId} or {@code repId};
 *                       {@code RANGE_IN_PAST} on {@code to} when the range ends before now
 */
public final class FindSlots {

    /** Bookings are read this far around the range so the daily cap counts whole local days in any zone. */
    private static final Duration DAY_MARGIN = Duration.ofDays(2);

    private final Reps reps;
    private final Pools pools;
    private final MeetingTypes meetingTypes;
    private final Availabilities availabilities;
    private final Bookings bookings;
    private final BusyTimes busyTimes;
    private final SlotPolicies policies;
    private final Clock clock;

    public FindSlots(
            Reps reps,
            Pools pools,
            MeetingTypes meetingTypes,
            Availabilities availabilities,
            Bookings bookings,
            BusyTimes busyTimes,
            SlotPolicies policies,
            Clock clock) {
        this.reps = reps;
        this.pools = pools;
        this.meetingTypes = meetingTypes;
        this.availabilities = availabilities;
        this.bookings = bookings;
        this.busyTimes = busyTimes;
        this.policies = policies;
        this.clock = clock;
    }

    public Slots find(FindSlotsQuery query) {
        Instant now = clock.instant();
        if (!query.to().isAfter(now)) {
            throw new InputRejected(
                    ErrorCode.RANGE_IN_PAST,
                    "to",
                    "the range ends before now, " + now + ": ask about a range ending later");
        }
        MeetingType type = meetingTypes
                .byId(query.meetingType())
                .orElseThrow(() -> InputRejected.notFound(
                        "meetingTypeId", "meeting type", query.meetingType().value()));
        List<RepId> wanted;
        WhenAvailabilityUnknown policy;
        if (query.pool() != null) {
            Pool pool = pools.byId(query.pool())
                    .orElseThrow(() -> InputRejected.notFound(
                            "poolId", "pool", query.pool().value()));
            wanted = pool.repIds();
            policy = policies.whenUnknown(pool.id());
        } else {
            wanted = List.of(query.rep());
            policy = WhenAvailabilityUnknown.EXCLUDE;
        }
        Map<RepId, Rep> found = reps.byIds(wanted);
        if (query.rep() != null && found.isEmpty()) {
            throw InputRejected.notFound("repId", "rep", query.rep().value());
        }
        Instant earliest = later(query.from(), now.plus(type.minimumNotice()));
        Instant latest = earlier(query.to(), now.plus(Duration.ofDays(type.horizonDays())));
        List<Rep> eligible = new ArrayList<>();
        for (RepId id : wanted) {
            Rep rep = found.get(id);
            if (rep != null && rep.active()) {
                eligible.add(rep);
            }
        }
        if (eligible.isEmpty() || !earliest.isBefore(latest)) {
            return new Slots(List.of(), query.timeZone(), List.of(), policy);
        }
        List<RepId> ids = eligible.stream().map(Rep::id).toList();
        Map<RepId, Availability> stored = availabilities.of(ids);
        Map<RepId, List<Interval>> booked = bookings.booked(ids, earliest.minus(DAY_MARGIN), latest.plus(DAY_MARGIN));
        BusyTime busy = busyTimes.between(
                eligible,
                earliest.minus(type.bufferBefore()),
                latest.plus(type.duration()).plus(type.bufferAfter()));

        TreeMap<Instant, List<RepId>> free = new TreeMap<>();
        List<Slots.UnknownRep> unknown = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (Rep rep : eligible) {
            if (busy.unknown(rep.id())) {
                unknown.add(new Slots.UnknownRep(rep.id(), busy.unknown().get(rep.id())));
                if (policy == WhenAvailabilityUnknown.EXCLUDE) {
                    continue;
                }
            }
            starts.clear();
            new FreeStarts(
                            rep,
                            stored.getOrDefault(rep.id(), Availability.standard()),
                            type,
                            busy.of(rep.id()),
                            booked.getOrDefault(rep.id(), List.of()),
                            now)
                    .collect(earliest, latest, starts);
            for (Instant start : starts) {
                free.computeIfAbsent(start, s -> new ArrayList<>()).add(rep.id());
            }
        }
        List<Slots.Slot> slots = new ArrayList<>(free.size());
        free.forEach((start, repIds) -> slots.add(new Slots.Slot(start, start.plus(type.duration()), repIds)));
        return new Slots(slots, query.timeZone(), unknown, policy);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
