package dev.switchboard.scheduling.presence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Candidate.SkipReason;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.port.Absences.Absence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing's view of a rep's schedule, on the standard office hours (Monday to Friday, 9:00 to 17:00). */
class ScheduledAbsencesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 23 November 2026, 10:00 in Paris. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T09:00:00Z");
    /** Friday 27 November 2026, 19:00 in Paris. */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T18:00:00Z");

    @Test
    void time_off_covering_now_says_when_it_ends() {
        Availability away = Availability.standard()
                .withTimeOff(
                        TimeOff.of(MONDAY_MORNING.minusSeconds(3600), MONDAY_MORNING.plusSeconds(7200), "dentist"));

        assertThat(ScheduledAbsences.absence(away, PARIS, MONDAY_MORNING, false))
                .isEqualTo(new Absence(SkipReason.TIME_OFF, MONDAY_MORNING.plusSeconds(7200)));
    }

    @Test
    void a_holiday_today_lasts_until_the_first_day_after_the_holidays() {
        Availability holidays = new Availability(
                WorkingHours.officeHours(),
                List.of(),
                List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24)),
                List.of());

        assertThat(ScheduledAbsences.absence(holidays, PARIS, MONDAY_MORNING, false))
                .isEqualTo(new Absence(SkipReason.HOLIDAY, Instant.parse("2026-11-24T23:00:00Z")));
    }

    @Test
    void outside_working_hours_counts_only_when_asked_and_says_when_the_next_window_opens() {
        assertThat(ScheduledAbsences.absence(Availability.standard(), PARIS, FRIDAY_EVENING, false))
                .isNull();
        assertThat(ScheduledAbsences.absence(Availability.standard(), PARIS, FRIDAY_EVENING, true))
                .isEqualTo(new Absence(SkipReason.OFF_HOURS, Instant.parse("2026-11-30T08:00:00Z")));
        assertThat(ScheduledAbsences.absence(Availability.standard(), PARIS, MONDAY_MORNING, true))
                .isNull();
    }
}
