package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.DateOverride;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.availability.WorkingHours.Window;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Scheduling's MongoDB adapters against the embedded server over the wire protocol: what goes in comes back. */
class MongoSchedulingTest {

    private static EmbeddedDatabase database;
    private static MongoTemplate template;
    private static MongoAvailabilities availabilities;
    private static MongoMeetingTypes meetingTypes;
    private static MongoBookings bookings;
    private static MongoSlotPolicies policies;

    private final RepId rep = RepId.random();

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("scheduling");
        template = database.template();
        availabilities = new MongoAvailabilities(template);
        meetingTypes = new MongoMeetingTypes(template);
        bookings = new MongoBookings(template);
        policies = new MongoSlotPolicies(template);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Window window(String start, String end) {
        return new Window(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void an_availability_with_every_part_comes_back_equal() {
        Availability full = new Availability(
                new WorkingHours(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(window("09:00", "12:00"), window("13:30", "17:45")),
                        DayOfWeek.SATURDAY,
                        List.of(window("20:00", "00:00")))),
                List.of(
                        new DateOverride(LocalDate.parse("2026-12-24"), List.of(window("09:00", "11:00"))),
                        new DateOverride(LocalDate.parse("2026-12-31"), List.of())),
                List.of(LocalDate.parse("2026-12-25")),
                List.of(TimeOff.of(
                        Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-08-15T00:00:00Z"), "summer")));

        availabilities.put(rep, full);

        assertThat(availabilities.of(rep)).contains(full);
        assertThat(availabilities.of(List.of(rep, RepId.random()))).containsOnlyKeys(rep);
    }

    @Test
    void a_day_with_no_windows_stays_off_and_put_replaces_the_whole_schedule() {
        availabilities.put(rep, Availability.standard());
        Availability nothing = new Availability(new WorkingHours(Map.of()), List.of(), List.of(), List.of());

        availabilities.put(rep, nothing);

        assertThat(availabilities.of(rep)).contains(nothing);
    }

    @Test
    void time_off_added_to_a_rep_with_nothing_stored_keeps_the_standard_hours_and_stops_at_the_cap() {
        TimeOff first = TimeOff.of(Instant.parse("2026-08-01T00:00:00Z"), Instant.parse("2026-08-02T00:00:00Z"), null);

        Availability stored = availabilities.addTimeOff(rep, first);
        for (int i = 1; i < Availability.MAX_TIME_OFF; i++) {
            availabilities.addTimeOff(rep, first);
        }

        assertThat(stored).isEqualTo(Availability.standard().withTimeOff(first));
        assertThatThrownBy(() -> availabilities.addTimeOff(rep, first))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
        assertThat(availabilities.of(rep).orElseThrow().timeOff()).hasSize(Availability.MAX_TIME_OFF);
    }

    @Test
    void meeting_types_are_added_replaced_and_listed_by_name() {
        MeetingType demo = new MeetingType(
                MeetingTypeId.random(), "zz Demo", 60, 30, 10, 5, 120, 30, 4, "https://meet.example/{repId}");
        MeetingType intro = new MeetingType(MeetingTypeId.random(), "aa Intro", 30, 30, 0, 0, 0, 60, null, null);
        meetingTypes.add(demo);
        meetingTypes.add(intro);

        MeetingType longer = new MeetingType(demo.id(), "zz Demo", 90, 30, 10, 5, 120, 30, 4, null);

        assertThat(meetingTypes.replace(longer)).isTrue();
        assertThat(meetingTypes.replace(longer.withId(MeetingTypeId.random()))).isFalse();
        assertThat(meetingTypes.byId(demo.id())).contains(longer);
        assertThat(meetingTypes.all()).containsSubsequence(intro, longer);
    }

    @Test
    void booked_intervals_overlapping_the_range_are_read_per_rep_skipping_cancelled_ones() {
        RepId other = RepId.random();
        template.insert(
                List.of(
                        booking(rep, "2026-11-24T08:00:00Z", "2026-11-24T08:30:00Z", "BOOKED"),
                        booking(rep, "2026-11-24T07:00:00Z", "2026-11-24T07:30:00Z", "BOOKED"),
                        booking(rep, "2026-11-24T09:00:00Z", "2026-11-24T09:30:00Z", "CANCELLED"),
                        booking(rep, "2026-11-26T09:00:00Z", "2026-11-26T09:30:00Z", "BOOKED"),
                        booking(other, "2026-11-24T08:15:00Z", "2026-11-24T09:00:00Z", "BOOKED")),
                MongoBookings.COLLECTION);

        Map<RepId, List<Interval>> booked = bookings.booked(
                List.of(rep, other), Instant.parse("2026-11-24T07:30:00Z"), Instant.parse("2026-11-25T00:00:00Z"));

        assertThat(booked.get(rep))
                .containsExactly(
                        new Interval(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T08:30:00Z")));
        assertThat(booked.get(other)).hasSize(1);
    }

    private static Document booking(RepId rep, String start, String end, String status) {
        // Held time is what slots keep off: here the meeting itself (a booking without buffers).
        return new Document("repId", rep.value())
                .append("start", Date.from(Instant.parse(start)))
                .append("end", Date.from(Instant.parse(end)))
                .append("heldStart", Date.from(Instant.parse(start)))
                .append("heldEnd", Date.from(Instant.parse(end)))
                .append("status", status);
    }

    @Test
    void a_pool_excludes_unknown_members_until_told_otherwise() {
        PoolId pool = PoolId.random();

        assertThat(policies.whenUnknown(pool)).isEqualTo(WhenAvailabilityUnknown.EXCLUDE);
        policies.setWhenUnknown(pool, WhenAvailabilityUnknown.TRUST_WORKING_HOURS);
        assertThat(policies.whenUnknown(pool)).isEqualTo(WhenAvailabilityUnknown.TRUST_WORKING_HOURS);
    }
}
