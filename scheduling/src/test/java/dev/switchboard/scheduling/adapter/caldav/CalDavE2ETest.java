package dev.switchboard.scheduling.adapter.caldav;

import static dev.switchboard.scheduling.adapter.caldav.CalDavFixtures.demo;
import static dev.switchboard.scheduling.adapter.caldav.CalendarQueryTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CalDAV adapter against a real Radicale server. Each test works in a calendar collection of its own,
 * filled the way the rep's own calendar app would: MKCALENDAR, then a PUT per event.
 */
class CalDavE2ETest {

    @TempDir
    static Path folder;

    private static RadicaleServer radicale;
    private static final HttpClient RAW =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CalDavCalendars calendars = new CalDavCalendars(
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            ZoneId.of("UTC"),
            Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void startRadicale() throws IOException, InterruptedException {
        radicale = RadicaleServer.start(folder);
    }

    @AfterAll
    static void stopRadicale() throws InterruptedException {
        if (radicale != null) {
            radicale.close();
        }
    }

    /** A new calendar collection of Alice's, named after the test, created with MKCALENDAR. */
    private static CalendarConnection.CalDav newCalendar(TestInfo test) throws IOException, InterruptedException {
        return newCalendar(test.getTestMethod().orElseThrow().getName());
    }

    private static CalendarConnection.CalDav newCalendar(String name) throws IOException, InterruptedException {
        URI collection = radicale.url("/alice/" + name + "/");
        HttpResponse<String> created =
                send(HttpRequest.newBuilder(collection).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
        assertThat(created.statusCode()).as("MKCALENDAR " + collection).isEqualTo(201);
        return new CalendarConnection.CalDav(collection, "alice", "any password will do");
    }

    /**
     * Puts a fixture into the collection as another calendar client would: one resource per UID (RFC 4791
     * §4.1), a series with its overrides together.
     */
    private static void put(CalendarConnection.CalDav calendar, String name, String fixture)
            throws IOException, InterruptedException {
        Calendar[] resources =
                ICalendarBusyTime.parse(CalDavFixtures.text("/ical/" + fixture)).split();
        for (int i = 0; i < resources.length; i++) {
            HttpResponse<String> put =
                    send(HttpRequest.newBuilder(calendar.collection().resolve(name + "-" + i + ".ics"))
                            .header("Content-Type", "text/calendar; charset=utf-8")
                            .PUT(HttpRequest.BodyPublishers.ofString(resources[i].toString())));
            assertThat(put.statusCode())
                    .as("PUT " + fixture + " " + i + ": " + put.body())
                    .isIn(201, 204);
        }
    }

    /**
     * Sends a request as Alice. Radicale answers in HTTP/1.0 and closes each connection, which the JDK client
     * notices only after a moment: a request sent at once may go to the closed connection and get no answer,
     * so it is sent again (the adapter does the same).
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String alice = Base64.getEncoder().encodeToString("alice:x".getBytes(StandardCharsets.UTF_8));
        HttpRequest asAlice = request.header("Authorization", "Basic " + alice).build();
        for (int attempt = 1; ; attempt++) {
            try {
                return RAW.send(asAlice, HttpResponse.BodyHandlers.ofString());
            } catch (IOException dropped) {
                if (attempt == 4) {
                    throw dropped;
                }
            }
        }
    }

    private static void fails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(kind));
    }

    @Test
    void busy_time_comes_back_with_series_expanded_exceptions_applied_across_dst_and_free_or_cancelled_events_left_out(
            TestInfo test) throws IOException, InterruptedException {
        CalendarConnection.CalDav calendar = newCalendar(test);
        put(calendar, "standup", "weekly-paris-across-dst.ics");
        put(calendar, "review", "series-with-exceptions.ics");
        put(calendar, "misc", "free-and-cancelled.ics");

        assertThat(calendars.busy(
                        calendar, Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z")))
                .containsExactly(
                        at("2026-11-02T08:00:00Z", "2026-11-02T08:30:00Z"),
                        at("2026-11-02T13:00:00Z", "2026-11-02T14:00:00Z"),
                        at("2026-11-03T13:00:00Z", "2026-11-03T13:45:00Z"),
                        at("2026-11-03T16:00:00Z", "2026-11-03T17:00:00Z"),
                        at("2026-11-06T13:00:00Z", "2026-11-06T14:00:00Z"));
        assertThat(calendars.busy(
                        calendar, Instant.parse("2026-10-19T00:00:00Z"), Instant.parse("2026-10-27T00:00:00Z")))
                .containsExactly(
                        at("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"),
                        at("2026-10-26T08:00:00Z", "2026-10-26T08:30:00Z"));
    }

    @Test
    void the_server_finds_a_series_by_a_later_occurrence_and_only_that_occurrence_is_busy(TestInfo test)
            throws IOException, InterruptedException {
        CalendarConnection.CalDav calendar = newCalendar(test);
        put(calendar, "review", "series-with-exceptions.ics");

        assertThat(calendars.busy(
                        calendar, Instant.parse("2026-11-06T00:00:00Z"), Instant.parse("2026-11-07T00:00:00Z")))
                .containsExactly(at("2026-11-06T13:00:00Z", "2026-11-06T14:00:00Z"));
        assertThat(calendars.busy(
                        calendar, Instant.parse("2026-11-05T00:00:00Z"), Instant.parse("2026-11-06T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void a_booking_is_created_once_rescheduled_and_cancelled_under_etags_and_a_stale_etag_is_a_conflict(TestInfo test)
            throws IOException, InterruptedException {
        CalendarConnection.CalDav calendar = newCalendar(test);
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-11-08T00:00:00Z");

        EventRef booked = calendars.create(calendar, demo("booking-42@switchboard.test", 0, "2026-11-03T10:00:00Z"));
        assertThat(booked.etag()).isNotBlank();
        assertThat(calendars.busy(calendar, from, to))
                .containsExactly(at("2026-11-03T10:00:00Z", "2026-11-03T10:30:00Z"));
        assertThat(calendars.create(calendar, demo("booking-42@switchboard.test", 0, "2026-11-05T10:00:00Z")))
                .as("a create retried finds the event there, unchanged")
                .isEqualTo(booked);
        assertThat(calendars.busy(calendar, from, to))
                .containsExactly(at("2026-11-03T10:00:00Z", "2026-11-03T10:30:00Z"));

        EventRef moved =
                calendars.update(calendar, booked, demo("booking-42@switchboard.test", 1, "2026-11-04T15:00:00Z"));
        assertThat(moved.id()).isEqualTo(booked.id());
        assertThat(moved.etag()).isNotBlank().isNotEqualTo(booked.etag());
        assertThat(calendars.busy(calendar, from, to))
                .containsExactly(at("2026-11-04T15:00:00Z", "2026-11-04T15:30:00Z"));

        fails(
                Kind.CONFLICT,
                () -> calendars.update(
                        calendar, booked, demo("booking-42@switchboard.test", 2, "2026-11-05T15:00:00Z")));
        fails(Kind.CONFLICT, () -> calendars.delete(calendar, booked));
        assertThat(calendars.busy(calendar, from, to))
                .containsExactly(at("2026-11-04T15:00:00Z", "2026-11-04T15:30:00Z"));

        calendars.delete(calendar, moved);
        assertThat(calendars.busy(calendar, from, to)).isEmpty();
        calendars.delete(calendar, moved);
    }

    @Test
    void a_calendar_that_does_not_exist_is_not_found() {
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-11-08T00:00:00Z");

        fails(
                Kind.NOT_FOUND,
                () -> calendars.busy(
                        new CalendarConnection.CalDav(radicale.url("/alice/no-such-calendar/"), "alice", "x"),
                        from,
                        to));
    }

    @Test
    void the_recurrence_corpus_served_by_radicale_is_as_busy_as_the_same_files_read_directly(TestInfo test)
            throws IOException, InterruptedException {
        // Each file with a window in which its series repeat, move, skip and cross a clock change.
        Map<String, String[]> corpus = new LinkedHashMap<>();
        corpus.put("weekly-open-ended-london.ics", new String[] {"2026-10-19T00:00:00Z", "2026-11-02T00:00:00Z"});
        corpus.put("until-monthly-yearly.ics", new String[] {"2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"});
        corpus.put("google-export.ics", new String[] {"2026-11-02T00:00:00Z", "2026-11-16T00:00:00Z"});
        corpus.put("outlook-export.ics", new String[] {"2026-10-26T00:00:00Z", "2026-12-01T00:00:00Z"});
        corpus.put("apple-export.ics", new String[] {"2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z"});
        corpus.put("floating-weekly.ics", new String[] {"2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z"});
        ICalendarBusyTime direct = new ICalendarBusyTime(ZoneId.of("UTC"));
        for (Map.Entry<String, String[]> file : corpus.entrySet()) {
            String name = file.getKey().replace(".ics", "");
            CalendarConnection.CalDav calendar =
                    newCalendar(test.getTestMethod().orElseThrow().getName() + "-" + name);
            put(calendar, name, "corpus/" + file.getKey());
            Interval window = new Interval(Instant.parse(file.getValue()[0]), Instant.parse(file.getValue()[1]));

            List<Interval> read = calendars.busy(calendar, window.start(), window.end());

            List<Interval> expected = direct.busy(
                    List.of(ICalendarBusyTime.parse(CalDavFixtures.text("/ical/corpus/" + file.getKey()))), window);
            assertThat(expected).as(file.getKey()).isNotEmpty();
            assertThat(read).as(file.getKey()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void an_open_ended_weekly_series_read_through_a_report_is_busy_at_its_london_time_on_both_its_days(TestInfo test)
            throws IOException, InterruptedException {
        CalendarConnection.CalDav calendar = newCalendar(test);
        put(calendar, "sync", "corpus/weekly-open-ended-london.ics");

        assertThat(calendars.busy(
                        calendar, Instant.parse("2026-10-19T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")))
                .containsExactly(
                        at("2026-10-19T09:00:00Z", "2026-10-19T09:30:00Z"),
                        at("2026-10-21T09:00:00Z", "2026-10-21T09:30:00Z"),
                        at("2026-10-26T10:00:00Z", "2026-10-26T10:30:00Z"),
                        at("2026-10-28T10:00:00Z", "2026-10-28T10:30:00Z"));
    }
}
