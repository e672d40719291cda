package dev.switchboard.scheduling.adapter.caldav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarQueryTest {

    static Interval at(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void the_query_asks_for_events_overlapping_the_window_in_utc() {
        String body = CalendarQuery.overlapping(at("2026-10-19T06:30:00Z", "2026-10-26T23:00:00Z"));

        assertThat(body)
                .contains(
                        "<C:comp-filter name=\"VCALENDAR\">",
                        "<C:comp-filter name=\"VEVENT\">",
                        "<C:time-range start=\"20261019T063000Z\" end=\"20261026T230000Z\"/>",
                        "<C:calendar-data/>");
    }

    @Test
    void the_calendar_data_of_each_found_resource_is_read_and_forbidden_ones_are_left_out() {
        List<String> data = CalendarQuery.calendarData(CalDavFixtures.text("/caldav/report-answer.xml"));

        assertThat(data).hasSize(2);
        assertThat(data.get(0)).contains("UID:standup@example.test");
        assertThat(data.get(1)).contains("UID:lunch@example.test");
    }

    @Test
    void a_report_answer_becomes_busy_time_with_its_recurring_events_expanded_in_their_zone() {
        List<String> data = CalendarQuery.calendarData(CalDavFixtures.text("/caldav/report-answer.xml"));

        List<Interval> busy = new ICalendarBusyTime(ZoneId.of("UTC"))
                .busy(
                        data.stream().map(ICalendarBusyTime::parse).toList(),
                        at("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z"));

        assertThat(busy)
                .containsExactly(
                        at("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"),
                        at("2026-10-20T11:00:00Z", "2026-10-20T12:00:00Z"),
                        at("2026-10-26T08:00:00Z", "2026-10-26T08:30:00Z"));
    }

    @Test
    void an_answer_that_is_not_xml_or_not_a_multistatus_is_malformed() {
        for (String answer : List.of(
                "<html><body>Welcome</body>",
                "<?xml version=\"1.0\"?><error xmlns=\"DAV:\"/>",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><multistatus xmlns=\"DAV:\">&e;</multistatus>")) {
            assertThatThrownBy(() -> CalendarQuery.calendarData(answer))
                    .as(answer)
                    .isInstanceOfSatisfying(
                            CalendarFault.class,
                            fault -> assertThat(fault.kind()).isEqualTo(CalendarFault.Kind.MALFORMED));
        }
    }
}
