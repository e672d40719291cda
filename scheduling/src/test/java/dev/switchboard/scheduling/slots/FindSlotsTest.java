package dev.switchboard.scheduling.slots;

import static dev.switchboard.scheduling.Scene.starts;
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
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.availability.WorkingHours.Window;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.Scene;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slots of one rep and of pools, on a Monday morning in November (Paris is UTC+1). */
class FindSlotsTest {

    private static final String TUESDAY = "2026-11-24T00:00:00Z";
    private static final String WEDNESDAY = "2026-11-25T00:00:00Z";

    private final Scene scene = new Scene(Instant.parse("2026-11-23T06:00:00Z"));
    private final RepId anna = scene.rep("Anna", "Europe/Paris");

    private static Interval at(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void a_rep_who_set_nothing_offers_half_hours_from_nine_to_five_local_on_weekdays() {
        MeetingTypeId intro = scene.meetingType(30);

        Slots tuesday = scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "Europe/Paris");
        Slots weekend = scene.repSlots(anna, intro, "2026-11-28T00:00:00Z", "2026-11-30T00:00:00Z", "Europe/Paris");

        assertThat(tuesday.slots()).hasSize(16);
        assertThat(Scene.localTimes(tuesday)).startsWith("09:00", "09:30").endsWith("16:30");
        assertThat(tuesday.slots().get(0).end()).isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(tuesday.slots().get(0).reps()).containsExactly(anna);
        assertThat(weekend.slots()).isEmpty();
    }

    @Test
    void a_45_minute_meeting_on_a_30_minute_grid_starts_on_the_hour_and_half_hour_and_ends_by_closing() {
        MeetingTypeId long45 = scene.meetingType(45, 30, 0, 0, 0, 365, null);

        Slots tuesday = scene.repSlots(anna, long45, TUESDAY, WEDNESDAY, "Europe/Paris");

        assertThat(Scene.localTimes(tuesday))
                .startsWith("09:00", "09:30")
                .endsWith("16:00")
                .hasSize(15);
    }

    @Test
    void busy_time_widened_by_the_buffers_rules_out_the_slots_near_it() {
        MeetingTypeId buffered = scene.meetingType(30, 30, 15, 15, 0, 365, null);
        scene.calendars.busy(scene.calDav(anna), List.of(at("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z")));

        Slots tuesday = scene.repSlots(anna, buffered, TUESDAY, WEDNESDAY, "Europe/Paris");

        // Busy 10:00-11:00 local: 9:30 would end at 10:00 with 15 minutes of buffer after it, 11:00 would start
        // 15 minutes after it ends: both fall, with 10:00 and 10:30.
        assertThat(Scene.localTimes(tuesday))
                .contains("09:00", "11:30")
                .doesNotContain("09:30", "10:00", "10:30", "11:00");
        assertThat(tuesday.slots()).hasSize(12);
    }

    @Test
    void existing_bookings_are_busy_too_and_the_daily_cap_closes_a_day_that_is_full() {
        MeetingTypeId capped = scene.meetingType(30, 30, 0, 0, 0, 365, 2);
        scene.bookings.book(anna, at("2026-11-24T08:00:00Z", "2026-11-24T08:30:00Z"));

        Slots oneBooked = scene.repSlots(anna, capped, TUESDAY, WEDNESDAY, "Europe/Paris");
        scene.bookings.book(anna, at("2026-11-24T14:00:00Z", "2026-11-24T14:30:00Z"));
        Slots twoBooked = scene.repSlots(anna, capped, TUESDAY, "2026-11-26T00:00:00Z", "Europe/Paris");

        assertThat(Scene.localTimes(oneBooked)).hasSize(15).doesNotContain("09:00");
        assertThat(twoBooked.slots())
                .as("Tuesday is full, Wednesday is open")
                .hasSize(16)
                .allSatisfy(slot -> assertThat(slot.start()).isAfterOrEqualTo(Instant.parse(WEDNESDAY)));
    }

    @Test
    void the_daily_cap_counts_the_reps_local_day_not_the_utc_day() {
        RepId kenji = scene.rep("Kenji", "Asia/Tokyo");
        MeetingTypeId capped = scene.meetingType(30, 30, 0, 0, 0, 365, 1);
        // 23:30 UTC on Tuesday is 08:30 on Wednesday in Tokyo: Wednesday's one meeting, not Tuesday's.
        scene.bookings.book(kenji, at("2026-11-24T23:30:00Z", "2026-11-25T00:00:00Z"));

        Slots slots = scene.repSlots(kenji, capped, "2026-11-23T15:00:00Z", "2026-11-25T15:00:00Z", "Asia/Tokyo");

        assertThat(slots.slots())
                .extracting(s -> s.localStart(ZoneId.of("Asia/Tokyo")).toLocalDate())
                .containsOnly(LocalDate.parse("2026-11-24"));
    }

    @Test
    void minimum_notice_and_the_booking_horizon_bound_the_slots_from_now() {
        // Now is Monday 07:00 in Paris; two hours' notice opens Monday at 09:00 local, a 1-day horizon ends Tuesday
        // 07:00 local.
        MeetingTypeId noticed = scene.meetingType(30, 30, 0, 0, 120, 1, null);

        Slots slots = scene.repSlots(anna, noticed, "2026-11-23T00:00:00Z", "2026-11-26T00:00:00Z", "Europe/Paris");
        MeetingTypeId moreNotice = scene.meetingType(30, 30, 0, 0, 180, 1, null);
        Slots later = scene.repSlots(anna, moreNotice, "2026-11-23T00:00:00Z", "2026-11-26T00:00:00Z", "Europe/Paris");

        assertThat(starts(slots)).first().isEqualTo("2026-11-23T08:00:00Z");
        assertThat(starts(slots)).last().isEqualTo("2026-11-23T15:30:00Z");
        assertThat(starts(later)).first().isEqualTo("2026-11-23T09:00:00Z");
    }

    @Test
    void overrides_holidays_and_time_off_shape_the_days() {
        MeetingTypeId intro = scene.meetingType(60, 60, 0, 0, 0, 365, null);
        scene.availabilities.put(
                anna,
                new Availability(
                        new WorkingHours(Map.of(
                                DayOfWeek.TUESDAY,
                                List.of(
                                        new Window(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                        new Window(LocalTime.of(14, 0), LocalTime.of(16, 0))),
                                DayOfWeek.WEDNESDAY,
                                List.of(new Window(LocalTime.of(9, 0), LocalTime.of(17, 0))))),
                        List.of(new DateOverride(
                                LocalDate.parse("2026-11-28"),
                                List.of(new Window(LocalTime.of(10, 0), LocalTime.of(11, 0))))),
                        List.of(LocalDate.parse("2026-11-25")),
                        List.of(TimeOff.of(
                                Instant.parse("2026-11-24T10:00:00Z"),
                                Instant.parse("2026-11-24T11:00:00Z"),
                                "dentist"))));

        Slots week = scene.repSlots(anna, intro, TUESDAY, "2026-11-30T00:00:00Z", "Europe/Paris");

        assertThat(week.slots())
                .extracting(s -> s.localStart(ZoneId.of("Europe/Paris"))
                        .toLocalDateTime()
                        .toString())
                .containsExactly(
                        "2026-11-24T09:00",
                        "2026-11-24T10:00",
                        "2026-11-24T14:00",
                        "2026-11-24T15:00",
                        "2026-11-28T10:00");
    }

    @Test
    void a_rep_away_until_a_time_is_free_only_after_it() {
        MeetingTypeId intro = scene.meetingType(60, 60, 0, 0, 0, 365, null);
        scene.reps.replace(scene.reps.byId(anna).orElseThrow().withStatus(true, Instant.parse("2026-11-24T12:00:00Z")));

        Slots slots = scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "Europe/Paris");

        assertThat(Scene.localTimes(slots)).containsExactly("13:00", "14:00", "15:00", "16:00");
    }

    @Test
    void a_pools_slots_are_the_union_of_its_members_each_listing_the_free_reps_in_pool_order() {
        RepId ben = scene.rep("Ben", "Europe/London");
        RepId carla = scene.rep("Carla", "Europe/Paris");
        RepId dormant = scene.rep("Dormant", "Europe/Paris");
        scene.reps.replace(scene.reps.byId(dormant).orElseThrow().withStatus(false, null));
        MeetingTypeId intro = scene.meetingType(60, 60, 0, 0, 0, 365, null);
        scene.calendars.busy(scene.calDav(carla), List.of(at("2026-11-24T08:00:00Z", "2026-11-24T09:00:00Z")));
        PoolId pool = scene.pool(dormant, carla, ben, anna);

        Slots slots = scene.poolSlots(pool, intro, TUESDAY, WEDNESDAY);

        // Paris opens at 08:00 UTC, London at 09:00 UTC; Paris closes at 16:00 UTC, London at 17:00 UTC.
        assertThat(starts(slots)).first().isEqualTo("2026-11-24T08:00:00Z");
        assertThat(starts(slots)).last().isEqualTo("2026-11-24T16:00:00Z");
        assertThat(slots.slots().get(0).reps()).containsExactly(anna);
        assertThat(slots.slots().get(1).reps()).containsExactly(carla, ben, anna);
        assertThat(slots.slots().get(8).reps()).containsExactly(ben);
        assertThat(slots.unknown()).isEmpty();
    }

    @Test
    void bad_queries_are_refused_naming_the_field() {
        MeetingTypeId intro = scene.meetingType(30);

        assertThatThrownBy(() -> scene.repSlots(anna, intro, "2026-11-24T00:00:00Z", "2026-12-26T00:00:00Z", "UTC"))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RANGE_TOO_LONG);
                    assertThat(e.field()).isEqualTo("to");
                });
        assertThatThrownBy(() -> scene.repSlots(anna, intro, WEDNESDAY, TUESDAY, "UTC"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> scene.repSlots(anna, new MeetingTypeId("ghost"), TUESDAY, WEDNESDAY, "UTC"))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("meetingTypeId");
                });
        assertThatThrownBy(() -> scene.repSlots(new RepId("ghost"), intro, TUESDAY, WEDNESDAY, "UTC"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("repId"));
        assertThatThrownBy(() -> scene.poolSlots(new PoolId("ghost"), intro, TUESDAY, WEDNESDAY))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("poolId"));
    }
}
