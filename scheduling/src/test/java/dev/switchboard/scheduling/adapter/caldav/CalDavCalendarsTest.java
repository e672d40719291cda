package dev.switchboard.scheduling.adapter.caldav;

import static dev.switchboard.scheduling.adapter.caldav.CalDavFixtures.demo;
import static dev.switchboard.scheduling.adapter.caldav.CalendarQueryTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import dev.switchboard.scheduling.adapter.caldav.ScriptedDavServer.Answer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the CalDAV adapter speaks HTTP, against a scripted server; the protocol against Radicale is in CalDavE2ETest. */
class CalDavCalendarsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    private ScriptedDavServer server;
    private CalDavCalendars calendars;
    private CalendarConnection.CalDav alice;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedDavServer();
        calendars = new CalDavCalendars(Duration.ofSeconds(2), Duration.ofMillis(500), ZoneId.of("UTC"), CLOCK);
        alice = new CalendarConnection.CalDav(server.url("/dav/alice/work"), "alice", "s3cret");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void fails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(kind));
    }

    @Test
    void busy_time_is_a_depth_1_calendar_query_report_on_the_collection_with_basic_auth() {
        server.answer(Answer.of(
                207, CalDavFixtures.text("/caldav/report-answer.xml"), Map.of("Content-Type", "application/xml")));

        assertThat(calendars.busy(alice, Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-21T00:00:00Z")))
                .containsExactly(
                        at("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"),
                        at("2026-10-20T11:00:00Z", "2026-10-20T12:00:00Z"));

        ScriptedDavServer.Request report = server.lastRequest();
        assertThat(report.method()).isEqualTo("REPORT");
        assertThat(report.path()).isEqualTo("/dav/alice/work/");
        assertThat(report.header("Depth")).isEqualTo("1");
        assertThat(report.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes()));
        assertThat(report.body()).contains("<C:time-range start=\"20261001T000000Z\" end=\"20261021T000000Z\"/>");
    }

    @Test
    void a_server_asking_no_password_gets_no_authorization_header() {
        server.answer(Answer.of(207, "<multistatus xmlns=\"DAV:\"/>", Map.of()));

        assertThat(calendars.busy(
                        new CalendarConnection.CalDav(server.url("/public/"), null, null),
                        Instant.parse("2026-10-01T00:00:00Z"),
                        Instant.parse("2026-10-02T00:00:00Z")))
                .isEmpty();
        assertThat(server.lastRequest().header("Authorization")).isNull();
    }

    @Test
    void a_booking_is_put_at_its_uid_only_if_nothing_is_there_as_one_vevent_without_method() {
        server.answer(Answer.of(201, "", Map.of("ETag", "\"e1\"")));

        EventRef ref = calendars.create(alice, demo("booking 42@switchboard", 0, "2026-11-03T10:00:00Z"));

        ScriptedDavServer.Request put = server.lastRequest();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/dav/alice/work/booking%2042@switchboard.ics");
        assertThat(put.header("If-None-Match")).isEqualTo("*");
        assertThat(put.header("Content-Type")).startsWith("text/calendar");
        assertThat(ref)
                .isEqualTo(new EventRef(
                        server.url("/dav/alice/work/booking%2042@switchboard.ics")
                                .toString(),
                        "\"e1\""));

        assertThat(put.body()).contains("\r\nVERSION:2.0\r\n");
        Calendar written = ICalendarBusyTime.parse(put.body());
        assertThat(written.getProperty(Property.METHOD)).isEmpty();
        List<VEvent> events = written.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("booking 42@switchboard");
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("0");
        assertThat(event.getProperty(Property.DTSTART).map(Property::getValue)).contains("20261103T100000Z");
        assertThat(event.getProperty(Property.DTEND).map(Property::getValue)).contains("20261103T103000Z");
        assertThat(event.getProperty(Property.DTSTAMP).map(Property::getValue)).contains("20261101T120000Z");
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue))
                .contains("https://meet.example.test/ada");
        assertThat(event.getProperty(Property.ORGANIZER).map(Property::getValue))
                .contains("mailto:ada@rep.example.test");
        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:grace@acme.example.test");
        assertThat(attendee.getParameter("SCHEDULE-AGENT").map(p -> p.getValue()))
                .contains("CLIENT");
    }

    @Test
    void a_create_retried_after_its_answer_was_lost_answers_the_event_it_made_with_the_etag_read_back() {
        server.answer(Answer.silence());
        server.answer(Answer.of(412));
        server.answer(Answer.of(200, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Map.of("ETag", "\"e1\"")));
        // The server made the event, but its answer never came.
        fails(Kind.UNAVAILABLE, () -> calendars.create(alice, demo("b-1", 0, "2026-11-03T10:00:00Z")));

        EventRef ref = calendars.create(alice, demo("b-1", 0, "2026-11-03T10:00:00Z"));

        assertThat(ref)
                .isEqualTo(new EventRef(server.url("/dav/alice/work/b-1.ics").toString(), "\"e1\""));
        ScriptedDavServer.Request read = server.lastRequest();
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.path()).isEqualTo("/dav/alice/work/b-1.ics");
        assertThat(read.header("Authorization")).startsWith("Basic ");
    }

    @Test
    void a_create_refused_for_an_event_that_is_gone_again_when_read_back_is_not_found_so_it_is_tried_again() {
        server.answer(Answer.of(412));
        server.answer(Answer.of(404));

        fails(Kind.NOT_FOUND, () -> calendars.create(alice, demo("b-1", 0, "2026-11-03T10:00:00Z")));
    }

    @Test
    void a_reschedule_is_put_only_if_the_event_is_still_the_version_read_and_a_changed_one_is_a_conflict() {
        EventRef ref = new EventRef(server.url("/dav/alice/work/b-1.ics").toString(), "\"e1\"");
        server.answer(Answer.of(204, "", Map.of("ETag", "\"e2\"")));
        server.answer(Answer.of(412));

        assertThat(calendars.update(alice, ref, demo("b-1", 1, "2026-11-04T10:00:00Z")))
                .isEqualTo(new EventRef(ref.id(), "\"e2\""));
        assertThat(server.lastRequest().header("If-Match")).isEqualTo("\"e1\"");
        assertThat(server.lastRequest().body()).contains("SEQUENCE:1");

        fails(Kind.CONFLICT, () -> calendars.update(alice, ref, demo("b-1", 1, "2026-11-04T10:00:00Z")));
    }

    @Test
    void a_cancellation_deletes_under_the_etag_and_an_event_already_gone_is_fine() {
        EventRef ref = new EventRef(server.url("/dav/alice/work/b-1.ics").toString(), "\"e2\"");
        server.answer(Answer.of(204));
        server.answer(Answer.of(404));
        server.answer(Answer.of(412));

        calendars.delete(alice, ref);
        assertThat(server.lastRequest().method()).isEqualTo("DELETE");
        assertThat(server.lastRequest().header("If-Match")).isEqualTo("\"e2\"");
        calendars.delete(alice, ref);
        fails(Kind.CONFLICT, () -> calendars.delete(alice, ref));
    }

    @Test
    void refused_credentials_failing_servers_and_garbled_answers_are_told_apart() {
        Instant from = Instant.parse("2026-10-01T00:00:00Z");
        Instant to = Instant.parse("2026-10-02T00:00:00Z");
        server.answer(Answer.of(401));
        server.answer(Answer.of(403));
        server.answer(Answer.of(503));
        server.answer(Answer.of(404));
        server.answer(Answer.of(207, "this is not XML", Map.of()));
        server.answer(Answer.of(
                207,
                "<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><response><propstat>"
                        + "<prop><C:calendar-data>BEGIN:VCALENDAR\nnonsense</C:calendar-data></prop><status>HTTP/1.1 200 OK</status>"
                        + "</propstat></response></multistatus>",
                Map.of()));

        fails(Kind.UNAUTHORIZED, () -> calendars.busy(alice, from, to));
        fails(Kind.UNAUTHORIZED, () -> calendars.busy(alice, from, to));
        fails(Kind.UNAVAILABLE, () -> calendars.busy(alice, from, to));
        fails(Kind.NOT_FOUND, () -> calendars.busy(alice, from, to));
        fails(Kind.MALFORMED, () -> calendars.busy(alice, from, to));
        fails(Kind.MALFORMED, () -> calendars.busy(alice, from, to));
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_unavailable() {
        server.answer(Answer.silence());

        fails(Kind.UNAVAILABLE, () -> calendars.create(alice, demo("b-1", 0, "2026-11-03T10:00:00Z")));
    }

    @Test
    void a_server_that_stops_halfway_through_its_answer_is_unavailable() {
        server.answer(Answer.stallMidBody(207, CalDavFixtures.text("/caldav/report-answer.xml")));

        fails(
                Kind.UNAVAILABLE,
                () -> calendars.busy(
                        alice, Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-02T00:00:00Z")));
    }
}
