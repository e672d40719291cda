package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A rep's calendar health: what the last read of the calendar said, kept until the calendar is connected anew. */
class CalendarHealthApiTest extends ApiTest {

    private static final String FEED = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Switchboard tests//EN\r
            END:VCALENDAR\r
            """;

    private static final String CHECK = """
            mutation($input: CheckCalendarInput!) { checkCalendar(input: $input) {
              rep { calendarHealth { checkedAt ok lastOkAt lastError lastErrorAt } } connected error
              errors { code field message } } }""";

    private HttpServer server;

    @BeforeEach
    void publish() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            boolean good = exchange.getRequestURI().getPath().equals("/good.ics");
            byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            // Not found rather than a server error, which the feed reader would retry.
            exchange.sendResponseHeaders(good ? 200 : 404, good ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (good) {
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

    private void connect(String rep, String path) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: ConnectCalendarInput!) { connectCalendar(input: $input) { errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rep,
                                        "icsFeed",
                                        Map.of(
                                                "url",
                                                "http://127.0.0.1:"
                                                        + server.getAddress().getPort() + path))))
                .at("/data/connectCalendar");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
    }

    private JsonNode check(String rep) {
        JsonNode payload =
                graphQl.execute(CHECK, Map.of("input", Map.of("repId", rep))).at("/data/checkCalendar");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload;
    }

    @Test
    void a_failing_calendar_shows_its_last_error_and_a_calendar_connected_anew_starts_healthy_once_read() {
        String ana = workspace.rep("Ana");
        connect(ana, "/broken.ics");

        JsonNode failed = check(ana);

        assertThat(failed.at("/connected").asBoolean()).isTrue();
        assertThat(failed.at("/error").asString()).contains("could not be read");
        JsonNode unhealthy = failed.at("/rep/calendarHealth");
        assertThat(unhealthy.at("/ok").asBoolean()).isFalse();
        assertThat(unhealthy.at("/lastError").asString())
                .isEqualTo(failed.at("/error").asString());
        assertThat(unhealthy.at("/lastError").asString()).doesNotContain("/broken.ics");
        assertThat(unhealthy.at("/lastOkAt").isNull()).isTrue();

        connect(ana, "/good.ics");
        JsonNode fresh = graphQl.execute(
                        "query($id: ID!) { rep(id: $id) { calendarHealth { ok } } }", Map.of("id", ana))
                .at("/data/rep/calendarHealth");
        JsonNode healthy = check(ana);

        assertThat(fresh.isNull()).isTrue();
        assertThat(healthy.at("/error").isNull()).isTrue();
        assertThat(healthy.at("/rep/calendarHealth/ok").asBoolean()).isTrue();
        assertThat(healthy.at("/rep/calendarHealth/lastError").isNull()).isTrue();
        assertThat(healthy.at("/rep/calendarHealth/lastOkAt").asString())
                .isEqualTo(healthy.at("/rep/calendarHealth/checkedAt").asString());
    }

    @Test
    void a_rep_without_a_calendar_has_no_health_and_checking_says_nothing_is_connected() {
        String ben = workspace.rep("Ben");

        JsonNode checked = check(ben);
        JsonNode unknown = graphQl.execute(CHECK, Map.of("input", Map.of("repId", "no-such-rep")))
                .at("/data/checkCalendar");

        assertThat(checked.at("/connected").asBoolean()).isFalse();
        assertThat(checked.at("/rep/calendarHealth").isNull()).isTrue();
        assertThat(unknown.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("repId");
    }
}
