package dev.switchboard.domain.model.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.availability.WorkingHours.Window;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Availability standard = Availability.standard();

    private static Window window(String start, String end) {
        return new Window(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void a_meeting_inside_a_weekday_window_is_covered() {
        // Tuesday 2026-11-24 09:00 in Paris is 08:00 UTC (winter time).
        assertThat(standard.covers(PARIS, Instant.parse("2026-11-24T08:00:00Z"), Duration.ofMinutes(30)))
                .isTrue();
        assertThat(standard.covers(PARIS, Instant.parse("2026-11-24T15:30:00Z"), Duration.ofMinutes(30)))
                .isTrue();
    }

    @Test
    void a_meeting_running_past_closing_or_on_a_weekend_is_not() {
        assertThat(standard.covers(PARIS, Instant.parse("2026-11-24T15:45:00Z"), Duration.ofMinutes(30)))
                .isFalse();
        assertThat(standard.covers(PARIS, Instant.parse("2026-11-28T10:00:00Z"), Duration.ofMinutes(30)))
                .isFalse();
    }

    @Test
    void hours_follow_the_local_clock_across_a_daylight_saving_change() {
        // Monday 2026-03-30, after Paris moved to summer time: 09:00 local is 07:00 UTC.
        assertThat(standard.covers(PARIS, Instant.parse("2026-03-30T07:00:00Z"), Duration.ofMinutes(30)))
                .isTrue();
        // The Friday before, still winter time: 07:00 UTC is 08:00 local, before opening.
        assertThat(standard.covers(PARIS, Instant.parse("2026-03-27T07:00:00Z"), Duration.ofMinutes(30)))
                .isFalse();
    }

    @Test
    void a_holiday_wins_over_an_override_which_wins_over_the_weekday() {
        LocalDate tuesday = LocalDate.parse("2026-11-24");
        LocalDate wednesday = LocalDate.parse("2026-11-25");
        LocalDate saturday = LocalDate.parse("2026-11-28");
        Availability availability = new Availability(
                WorkingHours.officeHours(),
                List.of(
                        new DateOverride(tuesday, List.of(window("13:00", "15:00"))),
                        new DateOverride(saturday, List.of(window("10:00", "12:00"))),
                        new DateOverride(wednesday, List.of(window("10:00", "12:00")))),
                List.of(wednesday),
                List.of());

        assertThat(availability.windowsOn(tuesday)).containsExactly(window("13:00", "15:00"));
        assertThat(availability.windowsOn(saturday)).containsExactly(window("10:00", "12:00"));
        assertThat(availability.windowsOn(wednesday)).isEmpty();
        assertThat(availability.windowsOn(LocalDate.parse("2026-11-26"))).containsExactly(window("09:00", "17:00"));
    }

    @Test
    void time_off_removes_what_it_overlaps() {
        Availability away = standard.withTimeOff(
                TimeOff.of(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T12:00:00Z"), "dentist"));

        assertThat(away.covers(PARIS, Instant.parse("2026-11-24T09:30:00Z"), Duration.ofMinutes(30)))
                .isTrue();
        assertThat(away.covers(PARIS, Instant.parse("2026-11-24T09:45:00Z"), Duration.ofMinutes(30)))
                .isFalse();
        assertThat(away.offDuring(
                        new Interval(Instant.parse("2026-11-24T12:00:00Z"), Instant.parse("2026-11-24T13:00:00Z"))))
                .as("touching ends do not overlap")
                .isFalse();
    }

    @Test
    void a_window_until_midnight_closes_at_the_next_local_day() {
        LocalDate friday = LocalDate.parse("2026-11-27");
        Availability late = new Availability(
                new WorkingHours(Map.of(DayOfWeek.FRIDAY, List.of(window("20:00", "00:00")))),
                List.of(),
                List.of(),
                List.of());

        assertThat(late.openOn(PARIS, friday, friday))
                .containsExactly(
                        new Interval(Instant.parse("2026-11-27T19:00:00Z"), Instant.parse("2026-11-27T23:00:00Z")));
    }

    @Test
    void on_the_spring_forward_night_a_window_over_the_jump_is_an_hour_shorter() {
        LocalDate sunday = LocalDate.parse("2026-03-29");
        Availability night = new Availability(
                new WorkingHours(Map.of(DayOfWeek.SUNDAY, List.of(window("01:00", "04:00")))),
                List.of(),
                List.of(),
                List.of());

        assertThat(night.openOn(PARIS, sunday, sunday))
                .containsExactly(
                        new Interval(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T02:00:00Z")));
    }

    @Test
    void overlapping_or_backwards_windows_are_refused_naming_the_window() {
        assertThatThrownBy(() -> new WorkingHours(
                        Map.of(DayOfWeek.MONDAY, List.of(window("09:00", "12:00"), window("11:00", "13:00")))))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("monday[1]"));
        assertThatThrownBy(() -> window("12:00", "09:00"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> new Availability(
                        null,
                        List.of(
                                new DateOverride(LocalDate.parse("2026-12-24"), List.of()),
                                new DateOverride(LocalDate.parse("2026-12-24"), List.of())),
                        List.of(),
                        List.of()))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("overrides[1].date"));
    }
}
