package dev.switchboard.scheduling.slots;

import static dev.switchboard.scheduling.Scene.localTimes;
import static dev.switchboard.scheduling.Scene.starts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.availability.WorkingHours.Window;
import dev.switchboard.scheduling.Scene;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slots around the 2026 daylight-saving changes: the US springs forward on 8 March and falls back on
 * 1 November, the EU on 29 March and 25 October. A rep's 9:00 stays 9:00 on their own clock; what
 * moves is where it falls on the prospect's.
 */
class DaylightSavingTest {

    private final Scene scene = new Scene(Instant.parse("2026-01-05T00:00:00Z"));
    private final RepId paris = scene.rep("Amelie", "Europe/Paris");
    private final RepId newYork = scene.rep("Brooke", "America/New_York");
    private final MeetingTypeId intro = scene.meetingType(30);

    private List<String> parisMondayForNewYork(String mondayUtc, String tuesdayUtc) {
        return localTimes(scene.repSlots(paris, intro, mondayUtc, tuesdayUtc, "America/New_York"));
    }

    @Test
    void a_paris_rep_opens_at_three_in_new_york_before_the_us_change_and_at_four_in_the_weeks_only_the_us_moved() {
        List<String> before = parisMondayForNewYork("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
        List<String> onlyUsMoved = parisMondayForNewYork("2026-03-09T00:00:00Z", "2026-03-10T00:00:00Z");
        List<String> bothMoved = parisMondayForNewYork("2026-03-30T00:00:00Z", "2026-03-31T00:00:00Z");

        assertThat(before).hasSize(16).startsWith("03:00").endsWith("10:30");
        assertThat(onlyUsMoved).hasSize(16).startsWith("04:00").endsWith("11:30");
        assertThat(bothMoved).hasSize(16).startsWith("03:00").endsWith("10:30");
    }

    @Test
    void in_autumn_the_paris_rep_opens_at_four_in_new_york_in_the_week_only_the_eu_moved_back() {
        List<String> summer = parisMondayForNewYork("2026-10-19T00:00:00Z", "2026-10-20T00:00:00Z");
        List<String> onlyEuMoved = parisMondayForNewYork("2026-10-26T00:00:00Z", "2026-10-27T00:00:00Z");
        List<String> bothMoved = parisMondayForNewYork("2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z");

        assertThat(summer).startsWith("03:00");
        assertThat(onlyEuMoved).hasSize(16).startsWith("04:00");
        assertThat(bothMoved).startsWith("03:00");
    }

    @Test
    void a_new_york_rep_opens_at_two_pm_in_paris_in_the_weeks_only_the_us_moved() {
        List<String> usMoved = localTimes(
                scene.repSlots(newYork, intro, "2026-03-09T12:00:00Z", "2026-03-10T04:00:00Z", "Europe/Paris"));
        List<String> bothMoved = localTimes(
                scene.repSlots(newYork, intro, "2026-03-30T12:00:00Z", "2026-03-31T04:00:00Z", "Europe/Paris"));

        assertThat(usMoved).hasSize(16).startsWith("14:00");
        assertThat(bothMoved).hasSize(16).startsWith("15:00");
    }

    @Test
    void in_autumn_a_new_york_rep_opens_at_two_pm_in_paris_in_the_week_only_the_eu_moved_back() {
        List<String> summer = localTimes(
                scene.repSlots(newYork, intro, "2026-10-19T12:00:00Z", "2026-10-20T04:00:00Z", "Europe/Paris"));
        List<String> euMoved = localTimes(
                scene.repSlots(newYork, intro, "2026-10-26T12:00:00Z", "2026-10-27T04:00:00Z", "Europe/Paris"));
        List<String> bothMoved = localTimes(
                scene.repSlots(newYork, intro, "2026-11-02T12:00:00Z", "2026-11-03T04:00:00Z", "Europe/Paris"));

        assertThat(summer).hasSize(16).startsWith("15:00");
        assertThat(euMoved).hasSize(16).startsWith("14:00");
        assertThat(bothMoved).hasSize(16).startsWith("15:00");
    }

    @Test
    void the_local_times_a_spring_forward_jump_skips_offer_no_slot() {
        // Paris jumps from 02:00 to 03:00 on Sunday 29 March.
        night(DayOfWeek.SUNDAY);

        Slots slots = scene.repSlots(paris, intro, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z", "Europe/Paris");

        assertThat(localTimes(slots)).containsExactly("01:00", "01:30", "03:00", "03:30");
        assertThat(starts(slots))
                .containsExactly(
                        "2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z");
    }

    @Test
    void the_local_times_a_fall_back_repeats_offer_a_slot_at_each_occurrence() {
        // Paris goes back from 03:00 to 02:00 on Sunday 25 October: 02:00 and 02:30 happen twice.
        night(DayOfWeek.SUNDAY);

        Slots slots = scene.repSlots(paris, intro, "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z", "Europe/Paris");

        assertThat(starts(slots))
                .containsExactly(
                        "2026-10-24T23:00:00Z",
                        "2026-10-24T23:30:00Z",
                        "2026-10-25T00:00:00Z",
                        "2026-10-25T00:30:00Z",
                        "2026-10-25T01:00:00Z",
                        "2026-10-25T01:30:00Z",
                        "2026-10-25T02:00:00Z",
                        "2026-10-25T02:30:00Z");
        assertThat(localTimes(slots))
                .containsExactly("01:00", "01:30", "02:00", "02:30", "02:00", "02:30", "03:00", "03:30");
    }

    @Test
    void a_slot_interval_stays_aligned_to_the_reps_local_day_across_the_change() {
        MeetingTypeId hourly = scene.meetingType(60, 60, 0, 0, 0, 365, null);

        Slots weekAcross =
                scene.repSlots(paris, hourly, "2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z", "Europe/Paris");

        assertThat(weekAcross.slots())
                .hasSize(16)
                .allSatisfy(slot -> assertThat(
                                slot.localStart(weekAcross.timeZone()).getMinute())
                        .isZero());
        assertThat(starts(weekAcross)).contains("2026-03-27T08:00:00Z", "2026-03-30T07:00:00Z");
    }

    /** The rep works 01:00 to 04:00 local on that weekday only. */
    private void night(DayOfWeek day) {
        scene.availabilities.put(
                paris,
                Availability.standard()
                        .withWeekly(new WorkingHours(
                                Map.of(day, List.of(new Window(LocalTime.of(1, 0), LocalTime.of(4, 0)))))));
    }
}
