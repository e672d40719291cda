package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What one request may cost is bounded before it runs: slots over at most 31 days and at most 500 of them in an
 * answer, counted as such by the complexity limit; a widget key asks each costly operation once per request; and
 * slot queries under way at once on an instance are bounded, the excess answered BUSY with Retry-After.
 */
class RequestCostApiTest extends ApiTest {

    private static final String SLOTS_FIELDS =
            "slots { start end localStart localDate localTime reps { id name } } truncated errors { code field }";

    private String meetingType(int minutes) {
        return graphQl.execute(
                        """
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Cost " + minutes,
                                        "durationMinutes",
                                        minutes,
                                        "slotIntervalMinutes",
                                        minutes)))
                .at("/data/createMeetingType/meetingType/id")
                .asString();
    }

    /** From tomorrow for the given days: what it holds does not depend on the day the test runs. */
    private static Map<String, Object> range(String key, String id, String meetingType, int days) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(key, id);
        input.put("meetingTypeId", meetingType);
        input.put("from", from.toString());
        input.put("to", from.plus(Duration.ofDays(days)).toString());
        input.put("timeZone", "UTC");
        return input;
    }

    private void aroundTheClock(String rep) {
        List<Map<String, String>> day = List.of(Map.of("start", "00:00", "end", "24:00"));
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (String name : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            weekly.put(name, day);
        }
        JsonNode set = graphQl.execute("""
                mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code field } } }""", Map.of("input", Map.of("repId", rep, "weekly", weekly)));
        assertThat(set.at("/data/setAvailability/errors").size())
                .as(set.toString())
                .isZero();
    }

    @Test
    void slots_over_more_than_31_days_are_refused_as_range_too_long_on_to() {
        String rep = workspace.rep("Long range");

        JsonNode answer = graphQl.execute(
                        "query($input: AvailableSlotsInput!) { availableSlots(input: $input) { " + SLOTS_FIELDS
                                + " } }",
                        Map.of("input", range("repId", rep, meetingType(30), 32)))
                .at("/data/availableSlots");

        assertThat(answer.at("/errors/0/code").asString()).isEqualTo("RANGE_TOO_LONG");
        assertThat(answer.at("/errors/0/field").asString()).isEqualTo("to");
    }

    @Test
    void an_answer_holds_at_most_500_slots_and_says_it_was_truncated() {
        String rep = workspace.rep("Always open");
        aroundTheClock(rep);

        JsonNode answer = graphQl.execute(
                        "query($input: AvailableSlotsInput!) { availableSlots(input: $input) { " + SLOTS_FIELDS
                                + " } }",
                        Map.of("input", range("repId", rep, meetingType(5), 3)))
                .at("/data/availableSlots");

        // Three days in 5-minute steps are 864 starts.
        assertThat(answer.at("/slots").size()).isEqualTo(500);
        assertThat(answer.at("/truncated").asBoolean()).isTrue();
    }

    @Test
    void many_aliases_of_a_slot_query_are_refused_as_too_complex_before_they_run() {
        String rep = workspace.rep("Aliased");
        StringBuilder document = new StringBuilder("query($input: AvailableSlotsInput!) {");
        for (int i = 0; i < 150; i++) {
            document.append(" a").append(i).append(": availableSlots(input: $input) { slots { start end } }");
        }
        JsonNode two = graphQl.execute(
                "query($input: AvailableSlotsInput!) { a: availableSlots(input: $input) { " + SLOTS_FIELDS
                        + " } b: availableSlots(input: $input) { " + SLOTS_FIELDS + " } }",
                Map.of("input", range("repId", rep, meetingType(30), 7)));

        JsonNode many = graphQl.execute(
                document.append(" }").toString(), Map.of("input", range("repId", rep, meetingType(30), 31)));

        assertThat(many.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(many.at("/data").isMissingNode() || many.at("/data").isNull())
                .isTrue();
        assertThat(two.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void a_widget_key_asks_each_costly_operation_once_per_request() {
        String pool = workspace.pool("Widget cost", List.of(workspace.rep("Widget rep")));
        String form = workspace.queueForm(pool, "SHARK_TANK");
        GraphQlClient widget = new Principals(port, graphQl).widget(new Principals(port, graphQl).widgetKey(form));
        Map<String, Object> input = range("poolId", pool, meetingType(30), 7);

        JsonNode once = widget.execute(
                "query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start } } }",
                Map.of("input", input));
        JsonNode twice = widget.execute(
                "query($input: AvailableSlotsInput!) { a: availableSlots(input: $input) { slots { start } } "
                        + "...more } fragment more on Query { b: availableSlots(input: $input) { slots { start } } }",
                Map.of("input", input));
        JsonNode twoLeads = widget.execute(
                """
                mutation($a: SubmitLeadInput!, $b: SubmitLeadInput!) {
                  a: submitLead(input: $a) { lead { id } } b: submitLead(input: $b) { lead { id } } }""", Map.of("a", Workspace.lead(pool, 1, Map.of()), "b", Workspace.lead(pool, 2, Map.of())));

        assertThat(once.at("/errors").isMissingNode()).as(once.toString()).isTrue();
        assertThat(twice.at("/errors/0/extensions/code").asString()).isEqualTo("TOO_MANY_OPERATIONS");
        assertThat(twice.at("/errors/0/message").asString()).contains("availableSlots");
        assertThat(twoLeads.at("/errors/0/extensions/code").asString()).isEqualTo("TOO_MANY_OPERATIONS");
        assertThat(twoLeads.at("/data").isMissingNode() || twoLeads.at("/data").isNull())
                .isTrue();
    }

    @Test
    void a_slot_query_beyond_the_instances_bound_is_answered_busy_with_retry_after_rather_than_queued()
            throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/slow.ics", exchange -> {
            asked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        feed.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        feed.start();
        try (RunningApp app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage",
                "memory",
                "switchboard.graphql.max-slot-queries",
                1,
                "switchboard.scheduling.calendar-timeout",
                "60s"))) {
            Workspace setup = new Workspace(app.graphQl());
            String rep = setup.rep("Slow calendar");
            JsonNode connected = app.graphQl()
                    .execute(
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
                                                            + feed.getAddress().getPort() + "/slow.ics"))));
            assertThat(connected.at("/data/connectCalendar/errors").size())
                    .as(connected.toString())
                    .isZero();
            String type = app.graphQl()
                    .execute("""
                    mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }""", Map.of("input", Map.of("name", "Busy", "durationMinutes", 30)))
                    .at("/data/createMeetingType/meetingType/id")
                    .asString();
            String query = "query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start } } }";
            Map<String, Object> variables = Map.of("input", range("repId", rep, type, 7));

            CompletableFuture<JsonNode> first =
                    CompletableFuture.supplyAsync(() -> app.graphQl().execute(query, variables));
            assertThat(asked.await(60, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> second = app.graphQl()
                    .send(tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(Map.of("query", query, "variables", variables)));
            release.countDown();

            assertThat(second.body()).contains("\"code\":\"BUSY\"");
            assertThat(second.headers().firstValue("Retry-After")).contains("1");
            assertThat(first.get(60, TimeUnit.SECONDS).at("/errors").isMissingNode())
                    .isTrue();
        } finally {
            release.countDown();
            feed.stop(0);
        }
    }

    /** Each page of pools counts about 1 + first × 42 (members count as 10 each). */
    private static String pagesOfPools(String first, int pages) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < pages; i++) {
            query.append(" p")
                    .append(i)
                    .append(": pools")
                    .append(first)
                    .append(" { totalCount nodes { members { rep { id name } weight } } }");
        }
        return query.append(" }").toString();
    }

    @Test
    void a_connection_counts_as_many_items_as_its_first_asks_for_and_its_default_when_not_given() {
        JsonNode large = graphQl.execute(pagesOfPools("(first: 100)", 5));
        JsonNode small = graphQl.execute(pagesOfPools("(first: 20)", 5));
        JsonNode manyDefaulted = graphQl.execute(pagesOfPools("", 25));
        JsonNode manySmall = graphQl.execute(pagesOfPools("(first: 1)", 25));

        assertThat(large.at("/errors/0/extensions/code").asString())
                .as(large.toString())
                .isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(small.at("/errors").isMissingNode()).as(small.toString()).isTrue();
        assertThat(manyDefaulted.at("/errors/0/extensions/code").asString())
                .as("the default page of 20 is counted")
                .isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(manySmall.at("/errors").isMissingNode())
                .as(manySmall.toString())
                .isTrue();
    }
}
