package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Connecting reps' calendars through the GraphQL endpoint; what admins see of a connection, never its secret. */
class CalendarsApiTest extends ApiTest {

    static final String CONNECT = """
            mutation($input: ConnectCalendarInput!) { connectCalendar(input: $input) {
              rep { id calendar { kind writable calendarId googleAccess subject url username } }
              errors { code field message } } }""";

    @Test
    void a_caldav_calendar_shows_its_url_and_user_but_not_its_password() {
        String ana = workspace.rep("Ana");

        JsonNode payload = graphQl.execute(
                CONNECT,
                Map.of(
                        "input",
                        Map.of(
                                "repId",
                                ana,
                                "caldav",
                                Map.of(
                                        "url",
                                        "https://dav.example/ana/work/",
                                        "username",
                                        "ana",
                                        "password",
                                        "hunter2-dav"))));

        assertThat(payload.at("/data/connectCalendar/errors").size())
                .as(payload.toString())
                .isZero();
        JsonNode calendar = payload.at("/data/connectCalendar/rep/calendar");
        assertThat(calendar.at("/kind").asString()).isEqualTo("CALDAV");
        assertThat(calendar.at("/writable").asBoolean()).isTrue();
        assertThat(calendar.at("/url").asString()).isEqualTo("https://dav.example/ana/work/");
        assertThat(calendar.at("/username").asString()).isEqualTo("ana");
        assertThat(payload.toString()).doesNotContain("hunter2-dav");
    }

    @Test
    void reps_listed_together_each_show_their_own_calendar_or_none() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        graphQl.execute(
                CONNECT,
                Map.of(
                        "input",
                        Map.of(
                                "repId",
                                ana,
                                "icsFeed",
                                Map.of(
                                        "url",
                                        "https://outlook.example/owa/calendar/a1b2c3-secret-token/reachcalendar.ics"))));

        JsonNode reps = graphQl.execute("{ reps(first: 100) { nodes { id calendar { kind writable url } } } }")
                .at("/data/reps/nodes");

        for (JsonNode rep : reps) {
            if (rep.at("/id").asString().equals(ana)) {
                assertThat(rep.at("/calendar/kind").asString()).isEqualTo("ICS_FEED");
                assertThat(rep.at("/calendar/writable").asBoolean()).isFalse();
                assertThat(rep.at("/calendar/url").asString())
                        .as("a feed's address is its password")
                        .isEqualTo("https://outlook.example/…")
                        .doesNotContain("secret-token");
            }
            if (rep.at("/id").asString().equals(ben)) {
                assertThat(rep.at("/calendar").isNull()).isTrue();
            }
        }
    }

    @Test
    void disconnecting_leaves_the_rep_with_working_hours_only() {
        String ana = workspace.rep("Ana");
        graphQl.execute(
                CONNECT,
                Map.of("input", Map.of("repId", ana, "icsFeed", Map.of("url", "https://outlook.example/ana.ics"))));

        JsonNode payload =
                graphQl.execute("""
                mutation($input: DisconnectCalendarInput!) { disconnectCalendar(input: $input) {
                  rep { calendar { kind } } errors { code field message } } }""", Map.of("input", Map.of("repId", ana))).at("/data/disconnectCalendar");

        assertThat(payload.at("/errors").size()).isZero();
        assertThat(payload.at("/rep/calendar").isNull()).isTrue();
    }

    @Test
    void an_unknown_rep_a_url_that_is_not_http_missing_parts_or_no_source_are_typed_errors_and_nothing_is_saved() {
        String ana = workspace.rep("Ana");

        assertError(
                Map.of("repId", "ghost", "icsFeed", Map.of("url", "https://outlook.example/a.ics")),
                "NOT_FOUND",
                "repId");
        assertError(
                Map.of("repId", ana, "icsFeed", Map.of("url", "file:///etc/passwd")), "INVALID_FORMAT", "icsFeed.url");
        assertError(
                Map.of("repId", ana, "caldav", Map.of("url", "ftp://dav.example/")), "INVALID_FORMAT", "caldav.url");
        assertError(Map.of("repId", ana, "caldav", Map.of("username", "ana")), "REQUIRED", "caldav.url");
        assertError(
                Map.of("repId", ana, "googleServiceAccount", Map.of("calendarId", "primary")),
                "REQUIRED",
                "googleServiceAccount.subject");
        assertError(Map.of("repId", ana), "REQUIRED", "caldav");
        assertError(
                Map.of(
                        "repId",
                        ana,
                        "icsFeed",
                        Map.of("url", "https://outlook.example/a.ics"),
                        "caldav",
                        Map.of("url", "https://dav.example/")),
                "INVALID_FORMAT",
                "icsFeed");

        assertThat(graphQl.execute("query($id: ID!) { rep(id: $id) { calendar { kind } } }", Map.of("id", ana))
                        .at("/data/rep/calendar")
                        .isNull())
                .isTrue();
    }

    @Test
    void without_a_configured_google_service_account_or_oauth_client_google_is_not_configured() {
        String ana = workspace.rep("Ana");

        assertError(
                Map.of("repId", ana, "googleServiceAccount", Map.of("subject", "ana@acme.example")),
                "NOT_CONFIGURED",
                "googleServiceAccount");
        JsonNode consent =
                graphQl.execute("""
                mutation($input: StartGoogleCalendarConsentInput!) { startGoogleCalendarConsent(input: $input) {
                  url errors { code field message } } }""", Map.of("input", Map.of("repId", ana))).at("/data/startGoogleCalendarConsent");
        assertThat(consent.at("/url").isNull()).isTrue();
        assertThat(consent.at("/errors/0/code").asString()).isEqualTo("NOT_CONFIGURED");
        assertThat(consent.at("/errors/0/message").asString()).contains("switchboard.google.client-id");
    }

    @Test
    void a_calendar_source_is_exactly_one_of_three_which_graphql_checks_naming_the_field() {
        String ana = workspace.rep("Ana");

        JsonNode connected = graphQl.execute(
                        CONNECT,
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        ana,
                                        "calendar",
                                        Map.of("icsFeed", Map.of("url", "https://outlook.example/ana.ics")))))
                .at("/data/connectCalendar");
        assertError(
                Map.of("repId", ana, "calendar", Map.of("icsFeed", Map.of("url", "file:///etc/passwd"))),
                "INVALID_FORMAT",
                "calendar.icsFeed.url");
        JsonNode two = graphQl.execute(
                CONNECT,
                Map.of(
                        "input",
                        Map.of(
                                "repId",
                                ana,
                                "calendar",
                                Map.of(
                                        "icsFeed",
                                        Map.of("url", "https://outlook.example/a.ics"),
                                        "caldav",
                                        Map.of("url", "https://dav.example/")))));
        JsonNode literal = graphQl.execute(
                "mutation { connectCalendar(input: {repId: \"" + ana + "\", calendar: {}}) { errors { code } } }");

        assertThat(connected.at("/errors").size()).as(connected.toString()).isZero();
        assertThat(connected.at("/rep/calendar/kind").asString()).isEqualTo("ICS_FEED");
        assertThat(two.at("/errors/0/extensions/code").asString())
                .as(two.toString())
                .isEqualTo("INVALID_TYPE");
        assertThat(two.at("/errors/0/extensions/field").asString()).isEqualTo("calendar");
        assertThat(two.at("/errors/0/message").asString())
                .as(two.toString())
                .startsWith("connectCalendar.input.calendar: exactly one of caldav, icsFeed or googleServiceAccount");
        assertThat(literal.at("/errors/0/extensions/code").asString())
                .as(literal.toString())
                .isEqualTo("INVALID_TYPE");
        assertThat(literal.at("/errors/0/extensions/field").asString()).isEqualTo("calendar");
        assertThat(literal.at("/errors/0/message").asString()).contains("got none");
    }

    private void assertError(Map<String, Object> input, String code, String field) {
        JsonNode payload = graphQl.execute(CONNECT, Map.of("input", input)).at("/data/connectCalendar");
        assertThat(payload.at("/rep").isNull()).as(payload.toString()).isTrue();
        assertThat(payload.at("/errors/0/code").asString())
                .as(payload.toString())
                .isEqualTo(code);
        assertThat(payload.at("/errors/0/field").asString())
                .as(payload.toString())
                .isEqualTo(field);
    }
}
