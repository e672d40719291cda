package dev.switchboard.scheduling.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarBusyTimeTest {

    private static final ICalendarBusyTime PARIS_READER = new ICalendarBusyTime(ZoneId.of("Europe/Paris"));

    static String fixture(String name) {
        try (InputStream in = ICalendarBusyTimeTest.class.getResourceAsStream("/ical/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Interval> busy(String fixture, String from, String to) {
        return PARIS_READER.busy(List.of(ICalendarBusyTime.parse(fixture(fixture))), window(from, to));
    }

    static Interval window(String from, String to) {
        return new Interval(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void a_weekly_meeting_at_nine_in_paris_stays_at_nine_local_after_the_clocks_go_back() {
        assertThat(busy("weekly-paris-across-dst.ics", "2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z"))
                .containsExactly(
                        window("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"),
                        window("2026-10-26T08:00:00Z", "2026-10-26T08:30:00Z"),
                        window("2026-11-02T08:00:00Z", "2026-11-02T08:30:00Z"),
                        window("2026-11-09T08:00:00Z", "2026-11-09T08:30:00Z"));
    }

    @Test
    void a_series_loses_its_excluded_date_and_its_cancelled_instance_and_keeps_its_moved_one_where_it_moved() {
        assertThat(busy("series-with-exceptions.ics", "2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z"))
                .containsExactly(
                        window("2026-11-02T13:00:00Z", "2026-11-02T14:00:00Z"),
                        window("2026-11-03T16:00:00Z", "2026-11-03T17:00:00Z"),
                        window("2026-11-06T13:00:00Z", "2026-11-06T14:00:00Z"));
    }

    @Test
    void an_instance_moved_into_the_window_from_outside_it_is_busy_and_its_original_time_is_not() {
        assertThat(busy("series-with-exceptions.ics", "2026-11-03T15:00:00Z", "2026-11-03T18:00:00Z"))
                .containsExactly(window("2026-11-03T16:00:00Z", "2026-11-03T17:00:00Z"));
        assertThat(busy("series-with-exceptions.ics", "2026-11-03T12:00:00Z", "2026-11-03T15:00:00Z"))
                .isEmpty();
    }

    @Test
    void free_and_cancelled_events_are_not_busy_and_a_tentative_one_is() {
        assertThat(busy("free-and-cancelled.ics", "2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z"))
                .containsExactly(window("2026-11-03T13:00:00Z", "2026-11-03T13:45:00Z"));
    }

    @Test
    void an_all_day_event_is_busy_for_that_whole_day_in_the_calendars_own_time_zone() {
        assertThat(busy("all-day-new-york.ics", "2026-11-01T00:00:00Z", "2026-11-10T00:00:00Z"))
                .containsExactly(window("2026-11-03T05:00:00Z", "2026-11-04T05:00:00Z"));
    }

    @Test
    void all_day_dates_and_floating_times_of_a_calendar_naming_no_zone_are_read_in_the_given_zone() {
        assertThat(busy("all-day-floating.ics", "2026-11-10T00:00:00Z", "2026-11-13T00:00:00Z"))
                .containsExactly(
                        window("2026-11-10T23:00:00Z", "2026-11-11T23:00:00Z"),
                        window("2026-11-12T11:00:00Z", "2026-11-12T12:00:00Z"));
    }

    @Test
    void an_outlook_feed_with_a_windows_time_zone_follows_that_zones_own_daylight_saving_rules() {
        assertThat(busy("outlook-windows-zone.ics", "2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"))
                .containsExactly(
                        window("2026-10-23T08:00:00Z", "2026-10-23T09:00:00Z"),
                        window("2026-10-30T09:00:00Z", "2026-10-30T10:00:00Z"));
    }

    @Test
    void an_event_overlapping_the_start_of_the_window_is_busy_whole_and_one_ending_as_it_starts_is_not() {
        assertThat(busy("weekly-paris-across-dst.ics", "2026-10-19T07:15:00Z", "2026-10-26T08:00:00Z"))
                .containsExactly(window("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"));
        assertThat(busy("weekly-paris-across-dst.ics", "2026-10-19T07:30:00Z", "2026-10-26T08:00:00Z"))
                .isEmpty();
    }

    @Test
    void busy_time_of_several_calendars_comes_sorted_by_start() {
        List<Interval> busy = PARIS_READER.busy(
                List.of(
                        ICalendarBusyTime.parse(fixture("series-with-exceptions.ics")),
                        ICalendarBusyTime.parse(fixture("weekly-paris-across-dst.ics"))),
                window("2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z"));
        assertThat(busy)
                .containsExactly(
                        window("2026-11-02T08:00:00Z", "2026-11-02T08:30:00Z"),
                        window("2026-11-02T13:00:00Z", "2026-11-02T14:00:00Z"));
    }

    @Test
    void a_recurrence_rule_that_cannot_be_expanded_is_malformed() {
        String broken = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Switchboard tests//EN",
                "BEGIN:VEVENT",
                "UID:broken@example.test",
                "DTSTAMP:20260901T000000Z",
                "DTSTART:20261102T090000Z",
                "DTEND:20261102T100000Z",
                "RRULE:FREQ=SOMETIMES;BYDAY=XX",
                "SUMMARY:Broken",
                "END:VEVENT",
                "END:VCALENDAR",
                "");

        assertThatThrownBy(() -> PARIS_READER.busy(
                        List.of(ICalendarBusyTime.parse(broken)),
                        window("2026-11-01T00:00:00Z", "2026-11-09T00:00:00Z")))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(CalendarFault.Kind.MALFORMED));
    }

    @Test
    void text_that_is_not_icalendar_is_malformed() {
        assertThatThrownBy(() -> ICalendarBusyTime.parse(fixture("not-a-calendar.ics")))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(CalendarFault.Kind.MALFORMED));
    }
}
