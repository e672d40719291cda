package dev.switchboard.scheduling.slots;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.FreeSlots;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.SlotPolicies;
import dev.switchboard.scheduling.busy.BusyTime;
import dev.switchboard.scheduling.busy.BusyTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether reps have a free slot of a meeting type between now plus its minimum notice and now plus its horizon,
 * by the rules {@link FindSlots} offers slots by ({@link FreeStarts}), stopping at each rep's first free start.
 * The reps' availabilities, bookings and calendars are read once per call, in one batch each (calendars through
 * {@link BusyTimes}, so within its time limit and from its cache); an inactive rep has no free slot.
 */
public final class FirstFreeSlots implements FreeSlots {

    /** Bookings are read this far around the horizon so the daily cap counts whole local days in any zone. */
    private static final Duration DAY_MARGIN = Duration.ofDays(2);

    private final MeetingTypes meetingTypes;
    private final Availabilities availabilities;
    private final Bookings bookings;
    private final BusyTimes busyTimes;
    private final SlotPolicies policies;
    private final Clock clock;

    public FirstFreeSlots(
            MeetingTypes meetingTypes,
            Availabilities availabilities,
            Bookings bookings,
            BusyTimes busyTimes,
            SlotPolicies policies,
            Clock clock) {
        this.meetingTypes = meetingTypes;
        this.availabilities = availabilities;
        this.bookings = bookings;
        this.busyTimes = busyTimes;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Map<RepId, Opening> of(MeetingTypeId meetingType, PoolId pool, Collection<Rep> reps) {
        Map<RepId, Opening> openings = new HashMap<>();
        MeetingType type = meetingTypes.byId(meetingType).orElse(null);
        if (type == null || reps.isEmpty()) {
            reps.forEach(rep -> openings.put(rep.id(), Opening.FREE));
            return openings;
        }
        Instant now = clock.instant();
        Instant earliest = now.plus(type.minimumNotice());
        Instant latest = now.plus(Duration.ofDays(type.horizonDays()));
        List<RepId> ids = reps.stream().map(Rep::id).toList();
        Map<RepId, Availability> stored = availabilities.of(ids);
        Map<RepId, List<Interval>> booked = bookings.booked(ids, earliest.minus(DAY_MARGIN), latest.plus(DAY_MARGIN));
        BusyTime busy = busyTimes.between(
                reps,
                earliest.minus(type.bufferBefore()),
                latest.plus(type.duration()).plus(type.bufferAfter()));
        boolean exclude = policies.whenUnknown(pool) == WhenAvailabilityUnknown.EXCLUDE;
        for (Rep rep : reps) {
            if (busy.unknown(rep.id()) && exclude) {
                openings.put(rep.id(), Opening.CALENDAR_UNKNOWN);
                continue;
            }
            boolean free = rep.active()
                    && earliest.isBefore(latest)
                    && new FreeStarts(
                                    rep,
                                    stored.getOrDefault(rep.id(), Availability.standard()),
                                    type,
                                    busy.of(rep.id()),
                                    booked.getOrDefault(rep.id(), List.of()),
                                    now)
                            .any(earliest, latest);
            openings.put(rep.id(), free ? Opening.FREE : Opening.NO_FREE_SLOT);
        }
        return openings;
    }
}
