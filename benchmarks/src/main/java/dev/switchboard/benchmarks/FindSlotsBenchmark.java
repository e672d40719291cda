package dev.switchboard.benchmarks;

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
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.scheduling.busy.BusyTimes;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import dev.switchboard.scheduling.slots.Slots;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The slots of a 100-rep pool over 14 days for 30-minute meetings. Reps work 9 to 17 in one of four
 * zones; each has 40 busy stretches in the fortnight: a stand-up at the same local time every weekday
 * and a weekly one-to-one (what a recurring event expands to), and random meetings. Ports are the
 * in-memory fixtures and calendars answer at once, so this measures FindSlots itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindSlotsBenchmark {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Paris"),
            ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"));
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-30");

    private FindSlots findSlots;
    private BusyTimes busyTimes;
    private List<RepId> members;
    private FindSlotsQuery query;

    @Setup
    public void setUp() {
        InMemoryReps reps = new InMemoryReps();
        InMemoryPools pools = new InMemoryPools();
        InMemoryMeetingTypes meetingTypes = new InMemoryMeetingTypes();
        InMemoryCalendarConnections connections = new InMemoryCalendarConnections();
        CannedCalendars calendars = new CannedCalendars();
        Random random = new Random(42);
        members = new ArrayList<>();
        List<PoolMember> seats = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RepId id = new RepId("rep-" + i);
            ZoneId zone = ZONES.get(i % ZONES.size());
            reps.add(new Rep(id, "Rep " + i, new EmailAddress("rep" + i + "@sales.example"), zone, true, null));
            CalendarConnection calendar =
                    new CalendarConnection.CalDav(URI.create("https://dav.example/rep-" + i + "/"), null, null);
            connections.connect(id, calendar);
            calendars.busy(calendar, busy(zone, random));
            members.add(id);
            seats.add(new PoolMember(id, 1));
        }
        Pool pool = new Pool(new PoolId("inbound"), "Inbound", Strategy.ROUND_ROBIN, seats);
        pools.add(pool);
        MeetingType intro = new MeetingType(new MeetingTypeId("intro"), "Intro", 30, 30, 5, 5, 240, 60, 6, null);
        meetingTypes.add(intro);
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        busyTimes = new BusyTimes(
                connections, List.of(calendars), clock, Duration.ofMinutes(1), Duration.ofSeconds(5), Runnable::run);
        findSlots = new FindSlots(
                reps,
                pools,
                meetingTypes,
                new InMemoryAvailabilities(),
                new InMemoryBookings(),
                busyTimes,
                new InMemorySlotPolicies(),
                clock);
        query = new FindSlotsQuery(
                null,
                pool.id(),
                intro.id(),
                FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                FIRST_DAY.plusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneId.of("America/Chicago"));
    }

    /** 10 weekday stand-ups, 2 weekly one-to-ones, 28 random meetings of 30 to 90 minutes starting in working hours. */
    private static List<Interval> busy(ZoneId zone, Random random) {
        List<Interval> busy = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            busy.add(Interval.of(
                    ZonedDateTime.of(date, LocalTime.of(9, 30), zone).toInstant(), Duration.ofMinutes(15)));
            if (date.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
                busy.add(Interval.of(
                        ZonedDateTime.of(date, LocalTime.of(14, 0), zone).toInstant(), Duration.ofMinutes(60)));
            }
        }
        while (busy.size() < 40) {
            LocalDate date = FIRST_DAY.plusDays(random.nextInt(14));
            LocalTime start = LocalTime.of(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
            busy.add(Interval.of(
                    ZonedDateTime.of(date, start, zone).toInstant(),
                    Duration.ofMinutes(30L * (1 + random.nextInt(3)))));
        }
        return busy;
    }

    /** A query within the busy-time cache's TTL, as when a prospect pages through weeks: the slot math alone. */
    @Benchmark
    public Slots poolSlots() {
        return findSlots.find(query);
    }

    /** The same with every calendar read again (from the in-memory calendars), as on the first query. */
    @Benchmark
    public Slots poolSlotsColdCache() {
        members.forEach(busyTimes::invalidate);
        return findSlots.find(query);
    }
}
