package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.api.graphql.GlobalIds;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Reps whose calendar is a published ICS feed, served by a real HTTP server in the test: recurring events keep
 * their slots off, and a feed that cannot be read is reported and logged without its address.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecurringCalendarApiTest extends ApiTest {

    private static final String SLOTS = """
            query($input: AvailableSlotsInput!) { availableSlots(input: $input) {
              slots { localTime } unknownReps { rep { id } reason } errors { code field message } } }""";

    /** The Monday the booking specs use, one to two weeks after the run's start on the app's clock ({@link TestClock}). */
    private final LocalDate monday = LocalDate.ofInstant(Booker.monday("12:00"), ZoneOffset.UTC);

    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void publish() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = feeds.get(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void unpublish() {
        server.stop(0);
    }

    private String feedUrl(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A London rep free on Mondays 9:00 to 12:00, their calendar the feed at {@code path}. */
    private String londonRepReading(String path) {
        return repReading("Europe/London", path);
    }

    /** A rep working in {@code zone}, free on Mondays 9:00 to 12:00 there, their calendar the feed at {@code path}. */
    private String repReading(String zone, String path) {
        JsonNode created = graphQl.execute(
                        """
                mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Lou",
                                        "email",
                                        "lou-" + UUID.randomUUID() + "@sales.example",
                                        "timeZone",
                                        zone)))
                .at("/data/createRep");
        String rep = created.at("/rep/id").asString();
        JsonNode available = graphQl.execute(
                        """
                mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rep,
                                        "weekly",
                                        Map.of("monday", List.of(Map.of("start", "09:00", "end", "12:00"))))))
                .at("/data/setAvailability");
        assertThat(available.at("/errors").size()).as(available.toString()).isZero();
        JsonNode connected = graphQl.execute(
                        CalendarsApiTest.CONNECT,
                        Map.of("input", Map.of("repId", rep, "icsFeed", Map.of("url", feedUrl(path)))))
                .at("/data/connectCalendar");
        assertThat(connected.at("/errors").size()).as(connected.toString()).isZero();
        return rep;
    }

    private JsonNode mondaySlots(String rep) {
        return mondaySlots(rep, "Europe/London");
    }

    private JsonNode mondaySlots(String rep, String prospectZone) {
        JsonNode type = graphQl.execute("""
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } errors { code field message } } }""", Map.of("input", Map.of("name", "Intro", "durationMinutes", 30)))
                .at("/data/createMeetingType");
        return graphQl.execute(
                        SLOTS,
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rep,
                                        "meetingTypeId",
                                        type.at("/meetingType/id").asString(),
                                        "from",
                                        monday.atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()
                                                .toString(),
                                        "to",
                                        monday.plusDays(1)
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()
                                                .toString(),
                                        "timeZone",
                                        prospectZone)))
                .at("/data/availableSlots");
    }

    private static List<String> localTimes(JsonNode found) {
        List<String> times = new ArrayList<>();
        found.at("/slots").forEach(slot -> times.add(slot.at("/localTime").asString()));
        return times;
    }

    @Test
    void an_open_ended_weekly_meeting_in_a_feed_keeps_its_time_off_the_reps_slots_every_week() {
        String began = monday.minusWeeks(9).format(DateTimeFormatter.BASIC_ISO_DATE);
        feeds.put(
                "/weekly.ics",
                String.join(
                                "\r\n",
                                "BEGIN:VCALENDAR",
                                "VERSION:2.0",
                                "PRODID:-//Switchboard tests//EN",
                                "BEGIN:VEVENT",
                                "UID:pipeline-sync@example.test",
                                "DTSTAMP:20260101T000000Z",
                                "DTSTART;TZID=Europe/London:" + began + "T093000",
                                "DTEND;TZID=Europe/London:" + began + "T103000",
                                "RRULE:FREQ=WEEKLY;BYDAY=MO,WE",
                                "SUMMARY:Pipeline sync",
                                "END:VEVENT",
                                "END:VCALENDAR",
                                "")
                        .getBytes(StandardCharsets.UTF_8));
        String lou = londonRepReading("/weekly.ics");

        JsonNode found = mondaySlots(lou);

        assertThat(found.at("/unknownReps").size()).as(found.toString()).isZero();
        assertThat(localTimes(found)).containsExactly("09:00", "10:30", "11:00", "11:30");
    }

    @Test
    void
            a_feed_that_cannot_be_read_is_reported_and_logged_as_a_warning_naming_the_rep_but_never_the_feeds_secret_address(
                    CapturedOutput output) {
        String lou = londonRepReading("/calendar/s3cret-t0ken-of-lou/basic.ics");

        JsonNode found = mondaySlots(lou);

        assertThat(found.at("/slots").size()).isZero();
        assertThat(found.at("/unknownReps/0/rep/id").asString()).isEqualTo(lou);
        assertThat(found.at("/unknownReps/0/reason").asString())
                .contains("NOT_FOUND", "HTTP 404")
                .doesNotContain("s3cret-t0ken");
        assertThat(output.getAll()
                        .lines()
                        .filter(line -> line.contains("rep " + GlobalIds.storedId(lou)))
                        .toList())
                .anySatisfy(line -> assertThat(line).contains("WARN", "could not be read", "NOT_FOUND", "HTTP 404"));
        assertThat(output.getAll()).doesNotContain("s3cret-t0ken");
    }

    @Test
    void a_feeds_floating_time_is_read_in_the_reps_own_zone() {
        String day = monday.format(DateTimeFormatter.BASIC_ISO_DATE);
        feeds.put(
                "/floating.ics",
                String.join(
                                "\r\n",
                                "BEGIN:VCALENDAR",
                                "VERSION:2.0",
                                "PRODID:-//Switchboard tests//EN",
                                "BEGIN:VEVENT",
                                "UID:dentist@example.test",
                                "DTSTAMP:20260101T000000Z",
                                "DTSTART:" + day + "T090000",
                                "DTEND:" + day + "T103000",
                                "SUMMARY:Dentist, a time with no zone",
                                "END:VEVENT",
                                "END:VCALENDAR",
                                "")
                        .getBytes(StandardCharsets.UTF_8));
        String nat = repReading("America/New_York", "/floating.ics");

        JsonNode found = mondaySlots(nat, "America/New_York");

        assertThat(found.at("/unknownReps").size()).as(found.toString()).isZero();
        assertThat(localTimes(found)).containsExactly("10:30", "11:00", "11:30");
    }
}
