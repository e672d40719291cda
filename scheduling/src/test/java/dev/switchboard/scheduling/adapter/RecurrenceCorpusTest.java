package dev.switchboard.scheduling.adapter;

import static dev.switchboard.scheduling.adapter.ICalendarBusyTimeTest.fixture;
import static dev.switchboard.scheduling.adapter.ICalendarBusyTimeTest.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

/**
 * Busy time of calendars shaped like real ones (test resources {@code ical/corpus}): open-ended weekly, monthly
 * and yearly series, exports from Google, Outlook/Exchange and Apple Calendar, floating times, and a series
 * dense enough to stall a reader that did not bound its work. The same files are served by Radicale in
 * {@code CalDavE2ETest}.
 */
class RecurrenceCorpusTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static List<Interval> busy(String name, ZoneId floating, String from, String to) {
        return new ICalendarBusyTime(floating)
                .busy(List.of(ICalendarBusyTime.parse(fixture("corpus/" + name))), window(from, to));
    }

    @Test
    void an_open_ended_weekly_meeting_on_two_days_is_busy_every_week_at_its_london_time_across_the_clock_change() {
        assertThat(busy("weekly-open-ended-london.ics", PARIS, "2026-10-19T00:00:00Z", "2026-11-02T00:00:00Z"))
                .containsExactly(
                        window("2026-10-19T09:00:00Z", "2026-10-19T09:30:00Z"),
                        window("2026-10-21T09:00:00Z", "2026-10-21T09:30:00Z"),
                        window("2026-10-26T10:00:00Z", "2026-10-26T10:30:00Z"),
                        window("2026-10-28T10:00:00Z", "2026-10-28T10:30:00Z"));
    }

    @Test
    void an_open_ended_weekly_meeting_is_still_busy_years_after_it_began() {
        assertThat(busy("weekly-open-ended-london.ics", PARIS, "2029-07-02T00:00:00Z", "2029-07-05T00:00:00Z"))
                .containsExactly(
                        window("2029-07-02T09:00:00Z", "2029-07-02T09:30:00Z"),
                        window("2029-07-04T09:00:00Z", "2029-07-04T09:30:00Z"));
    }

    @Test
    void weekly_until_monthly_by_weekday_yearly_all_day_and_last_day_of_the_month_rules_are_each_expanded() {
        assertThat(busy("until-monthly-yearly.ics", PARIS, "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"))
                .containsExactly(
                        window("2026-11-03T14:00:00Z", "2026-11-03T15:00:00Z"),
                        window("2026-11-10T14:00:00Z", "2026-11-10T15:00:00Z"),
                        window("2026-11-12T16:00:00Z", "2026-11-12T17:00:00Z"),
                        window("2026-11-19T23:00:00Z", "2026-11-20T23:00:00Z"),
                        window("2026-11-30T16:00:00Z", "2026-11-30T16:30:00Z"));
    }

    @Test
    void
            a_google_export_keeps_its_moves_into_and_out_of_the_window_its_extra_date_and_its_exclusion_and_drops_free_and_cancelled_events() {
        assertThat(busy("google-export.ics", PARIS, "2026-11-02T00:00:00Z", "2026-11-16T00:00:00Z"))
                .containsExactly(
                        window("2026-11-03T17:00:00Z", "2026-11-03T17:30:00Z"),
                        window("2026-11-04T18:00:00Z", "2026-11-04T18:30:00Z"),
                        window("2026-11-06T23:00:00Z", "2026-11-06T23:30:00Z"),
                        window("2026-11-09T17:00:00Z", "2026-11-09T18:00:00Z"),
                        window("2026-11-10T21:00:00Z", "2026-11-10T21:30:00Z"),
                        window("2026-11-13T08:00:00Z", "2026-11-14T08:00:00Z"));
    }

    @Test
    void an_instance_moved_out_of_the_window_leaves_its_old_time_free_and_is_busy_where_it_moved() {
        assertThat(busy("google-export.ics", PARIS, "2026-11-12T00:00:00Z", "2026-11-13T00:00:00Z"))
                .isEmpty();
        // 1 December is a Tuesday: the series' own instance and 12 November's, moved there, both stand.
        assertThat(busy("google-export.ics", PARIS, "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"))
                .containsExactly(
                        window("2026-12-01T17:00:00Z", "2026-12-01T17:30:00Z"),
                        window("2026-12-01T17:00:00Z", "2026-12-01T17:30:00Z"));
    }

    @Test
    void an_outlook_export_reads_windows_zone_names_its_own_custom_zone_a_last_weekday_rule_and_its_busy_status() {
        assertThat(busy("outlook-export.ics", PARIS, "2026-10-26T00:00:00Z", "2026-12-01T00:00:00Z"))
                .containsExactly(
                        window("2026-10-28T07:00:00Z", "2026-10-28T07:30:00Z"),
                        window("2026-10-30T22:00:00Z", "2026-10-30T23:00:00Z"),
                        window("2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z"),
                        window("2026-11-02T23:00:00Z", "2026-11-03T23:00:00Z"),
                        window("2026-11-04T07:00:00Z", "2026-11-04T07:30:00Z"),
                        window("2026-11-27T23:00:00Z", "2026-11-28T00:00:00Z"));
    }

    @Test
    void
            an_apple_export_reads_an_override_written_before_its_series_a_counted_daily_rule_two_month_days_and_a_two_day_event() {
        assertThat(busy("apple-export.ics", ZoneId.of("UTC"), "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"))
                .containsExactly(
                        window("2026-11-01T08:00:00Z", "2026-11-01T08:45:00Z"),
                        window("2026-11-09T08:30:00Z", "2026-11-09T08:45:00Z"),
                        window("2026-11-10T08:30:00Z", "2026-11-10T08:45:00Z"),
                        window("2026-11-11T10:00:00Z", "2026-11-11T10:15:00Z"),
                        window("2026-11-12T08:30:00Z", "2026-11-12T08:45:00Z"),
                        window("2026-11-13T08:30:00Z", "2026-11-13T08:45:00Z"),
                        window("2026-11-15T08:00:00Z", "2026-11-15T08:45:00Z"),
                        window("2026-11-15T23:00:00Z", "2026-11-17T23:00:00Z"));
    }

    @Test
    void
            for_a_reps_calendar_floating_times_and_all_day_dates_are_read_in_the_reps_zone_over_the_zone_the_calendar_names() {
        List<Interval> busy = new ICalendarBusyTime(PARIS)
                .busy(
                        List.of(ICalendarBusyTime.parse(fixture("corpus/apple-export.ics"))),
                        window("2026-11-16T00:00:00Z", "2026-11-19T00:00:00Z"),
                        ZoneId.of("America/New_York"));
        List<Interval> floating = new ICalendarBusyTime(PARIS)
                .busy(
                        List.of(ICalendarBusyTime.parse(fixture("corpus/floating-weekly.ics"))),
                        window("2026-11-01T00:00:00Z", "2026-11-03T00:00:00Z"),
                        ZoneId.of("Asia/Tokyo"));

        assertThat(busy)
                .as("zoned times stay in their zone; the all-day trade fair is the rep's two days")
                .contains(window("2026-11-16T05:00:00Z", "2026-11-18T05:00:00Z"))
                .doesNotContain(window("2026-11-15T23:00:00Z", "2026-11-17T23:00:00Z"));
        assertThat(floating).containsExactly(window("2026-11-02T00:00:00Z", "2026-11-02T01:00:00Z"));
    }

    @Test
    void floating_times_repeat_at_the_same_local_time_in_the_zone_the_reader_is_given() {
        assertThat(busy("floating-weekly.ics", PARIS, "2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z"))
                .containsExactly(
                        window("2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"),
                        window("2026-11-06T08:00:00Z", "2026-11-06T09:00:00Z"));
        assertThat(busy(
                        "floating-weekly.ics",
                        ZoneId.of("America/New_York"),
                        "2026-11-01T00:00:00Z",
                        "2026-11-08T00:00:00Z"))
                .containsExactly(
                        window("2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z"),
                        window("2026-11-06T14:00:00Z", "2026-11-06T15:00:00Z"));
    }

    @Test
    void an_event_repeating_every_minute_for_ten_years_is_read_up_to_its_cap_then_busy_to_the_end_of_the_window() {
        List<Interval> busy =
                busy("every-minute-for-ten-years.ics", PARIS, "2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");

        assertThat(busy).hasSize(ICalendarBusyTime.MAX_INSTANCES_PER_EVENT + 1);
        assertThat(busy.get(0)).isEqualTo(window("2026-11-02T00:00:00Z", "2026-11-02T00:01:00Z"));
        Instant capped = Instant.parse("2026-11-02T00:00:00Z")
                .plus(Duration.ofMinutes(ICalendarBusyTime.MAX_INSTANCES_PER_EVENT));
        assertThat(busy.get(busy.size() - 1)).isEqualTo(new Interval(capped, Instant.parse("2026-11-09T00:00:00Z")));
    }

    @Test
    void a_calendar_with_more_busy_stretches_in_the_window_than_its_cap_is_malformed() {
        List<Calendar> storms = new ArrayList<>();
        for (int i = 0;
                i < ICalendarBusyTime.MAX_INSTANCES_PER_CALENDAR / ICalendarBusyTime.MAX_INSTANCES_PER_EVENT + 1;
                i++) {
            storms.add(ICalendarBusyTime.parse(
                    fixture("corpus/every-minute-for-ten-years.ics").replace("storm@", "storm-" + i + "@")));
        }

        assertThatThrownBy(() -> new ICalendarBusyTime(PARIS)
                        .busy(storms, window("2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z")))
                .isInstanceOfSatisfying(CalendarFault.class, fault -> {
                    assertThat(fault.kind()).isEqualTo(CalendarFault.Kind.MALFORMED);
                    assertThat(fault.getMessage())
                            .contains("more than " + ICalendarBusyTime.MAX_INSTANCES_PER_CALENDAR + " busy stretches");
                });
    }

    @Test
    void a_window_longer_than_the_cap_is_expanded_up_to_the_cap_and_busy_after_it() {
        List<Interval> busy =
                busy("weekly-open-ended-london.ics", PARIS, "2026-10-19T00:00:00Z", "2027-06-01T00:00:00Z");

        Instant cut = Instant.parse("2026-10-19T00:00:00Z").plus(ICalendarBusyTime.MAX_WINDOW);
        assertThat(busy).last().isEqualTo(new Interval(cut, Instant.parse("2027-06-01T00:00:00Z")));
        assertThat(busy.subList(0, busy.size() - 1))
                .allSatisfy(stretch -> assertThat(stretch.start()).isBefore(cut));
    }

    @Test
    void a_rule_yielding_millions_of_times_per_step_is_malformed_rather_than_built() {
        String everySecondOfTheYear = fixture("corpus/every-minute-for-ten-years.ics")
                .replace(
                        "FREQ=MINUTELY;UNTIL=20300101T000000Z",
                        "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,10,20,30,40,50;BYSECOND=0,30");

        assertThatThrownBy(() -> new ICalendarBusyTime(PARIS)
                        .busy(
                                List.of(ICalendarBusyTime.parse(everySecondOfTheYear)),
                                window("2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z")))
                .isInstanceOfSatisfying(
                        CalendarFault.class,
                        fault -> assertThat(fault.getMessage()).contains("storm@example.test", "times per"));
    }

    @Test
    void a_count_too_large_to_walk_is_read_as_an_open_ended_series() {
        String huge =
                fixture("corpus/every-minute-for-ten-years.ics").replace("UNTIL=20300101T000000Z", "COUNT=900000000");

        List<Interval> busy = new ICalendarBusyTime(PARIS)
                .busy(List.of(ICalendarBusyTime.parse(huge)), window("2026-11-02T00:00:00Z", "2026-11-02T00:05:00Z"));

        assertThat(busy).hasSize(5);
    }
}
