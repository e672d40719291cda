package dev.switchboard.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final WorkingHours hours = WorkingHours.officeHours(PARIS);

    @Test
    void a_meeting_inside_a_weekday_window_is_covered() {
        // Tuesday 2026-11-24 09:00 in Paris is 08:00 UTC (winter time).
        assertThat(hours.covers(Instant.parse("2026-11-24T08:00:00Z"), Duration.ofMinutes(30))).isTrue();
        assertThat(hours.covers(Instant.parse("2026-11-24T15:30:00Z"), Duration.ofMinutes(30))).isTrue();
    }

    @Test
    void a_meeting_running_past_closing_or_on_a_weekend_is_not() {
        assertThat(hours.covers(Instant.parse("2026-11-24T15:45:00Z"), Duration.ofMinutes(30))).isFalse();
        assertThat(hours.covers(Instant.parse("2026-11-28T10:00:00Z"), Duration.ofMinutes(30))).isFalse();
    }

    @Test
    void hours_follow_the_local_clock_across_a_daylight_saving_change() {
        // Monday 2026-03-30, after Paris moved to summer time: 09:00 local is 07:00 UTC.
        assertThat(hours.covers(Instant.parse("2026-03-30T07:00:00Z"), Duration.ofMinutes(30))).isTrue();
        // The Friday before, still winter time: 07:00 UTC is 08:00 local, before opening.
        assertThat(hours.covers(Instant.parse("2026-03-27T07:00:00Z"), Duration.ofMinutes(30))).isFalse();
    }
}
