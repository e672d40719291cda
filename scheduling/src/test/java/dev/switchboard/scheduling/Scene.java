package dev.switchboard.scheduling;

import dev.switchboard.domain.fixture.CannedCalendars;
import dev.switchboard.domain.fixture.InMemoryAvailabilities;
import dev.switchboard.domain.fixture.InMemoryBookings;
import dev.switchboard.domain.fixture.InMemoryCalendarConnections;
import dev.switchboard.domain.fixture.InMemoryMeetingTypes;
import dev.switchboard.domain.fixture.InMemoryPools;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.fixture.InMemorySlotPolicies;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.scheduling.busy.BusyTimes;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import dev.switchboard.scheduling.slots.Slots;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/** A workspace held in memory with the real scheduling use cases wired to it: the stage slot specifications play on. */
public final class Scene {

    /** A clock the test moves by hand. */
    public static final class HandClock extends Clock {
        private Instant now;

        HandClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static final Duration TTL = Duration.ofMinutes(2);

    public final InMemoryReps reps = new InMemoryReps();
    public final InMemoryPools pools = new InMemoryPools();
    public final InMemoryMeetingTypes meetingTypes = new InMemoryMeetingTypes();
    public final InMemoryAvailabilities availabilities = new InMemoryAvailabilities();
    public final InMemoryBookings bookings = new InMemoryBookings();
    public final InMemoryCalendarConnections connections = new InMemoryCalendarConnections();
    public final InMemorySlotPolicies policies = new InMemorySlotPolicies();
    public final CannedCalendars calendars = new CannedCalendars();
    public final HandClock clock;
    public final BusyTimes busyTimes;
    public final FindSlots findSlots;

    /** A scene whose calendar reads run on the caller's thread. */
    public Scene(Instant now) {
        this(now, Runnable::run, Duration.ofSeconds(5));
    }

    public Scene(Instant now, Executor calendarReads, Duration timeout) {
        clock = new HandClock(now);
        busyTimes = new BusyTimes(connections, List.of(calendars), clock, TTL, timeout, calendarReads);
        findSlots = new FindSlots(reps, pools, meetingTypes, availabilities, bookings, busyTimes, policies, clock);
    }

    public RepId rep(String name, String zone) {
        RepId id = new RepId(name);
        reps.add(new Rep(
                id,
                name,
                new EmailAddress(name.toLowerCase(Locale.ROOT) + "@sales.example"),
                ZoneId.of(zone),
                true,
                null));
        return id;
    }

    /** Connects the rep to a CalDAV calendar of their own and returns the connection. */
    public CalendarConnection calDav(RepId rep) {
        CalendarConnection connection =
                new CalendarConnection.CalDav(URI.create("https://dav.example/" + rep.value() + "/"), null, null);
        connections.connect(rep, connection);
        return connection;
    }

    public PoolId pool(RepId... members) {
        Pool pool = new Pool(
                PoolId.random(),
                "Pool",
                Strategy.ROUND_ROBIN,
                List.of(members).stream().map(r -> new PoolMember(r, 1)).toList());
        pools.add(pool);
        return pool.id();
    }

    public MeetingTypeId meetingType(
            int minutes,
            int interval,
            int bufferBefore,
            int bufferAfter,
            int notice,
            int horizonDays,
            Integer maxPerDay) {
        MeetingType type = new MeetingType(
                MeetingTypeId.random(),
                minutes + "-minute intro",
                minutes,
                interval,
                bufferBefore,
                bufferAfter,
                notice,
                horizonDays,
                maxPerDay,
                null);
        meetingTypes.add(type);
        return type.id();
    }

    /** A plain meeting type: no buffers, no notice, a year's horizon, no cap. */
    public MeetingTypeId meetingType(int minutes) {
        return meetingType(minutes, 30, 0, 0, 0, 365, null);
    }

    public Slots repSlots(RepId rep, MeetingTypeId type, String from, String to, String prospectZone) {
        return findSlots.find(
                new FindSlotsQuery(rep, null, type, Instant.parse(from), Instant.parse(to), ZoneId.of(prospectZone)));
    }

    public Slots poolSlots(PoolId pool, MeetingTypeId type, String from, String to) {
        return findSlots.find(
                new FindSlotsQuery(null, pool, type, Instant.parse(from), Instant.parse(to), ZoneOffset.UTC));
    }

    /** The slot starts as instants' text, e.g. {@code 2026-11-24T08:00:00Z}. */
    public static List<String> starts(Slots slots) {
        return slots.slots().stream().map(s -> s.start().toString()).toList();
    }

    /** The slot starts as local times of day in the slots' (the prospect's) zone, e.g. {@code 04:00}. */
    public static List<String> localTimes(Slots slots) {
        return slots.slots().stream()
                .map(s -> s.localStart(slots.timeZone()).toLocalTime().toString())
                .toList();
    }
}
