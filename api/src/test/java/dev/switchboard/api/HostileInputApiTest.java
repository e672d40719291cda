package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Documents and inputs built to hurt: each is refused with a clear, typed error, stores nothing, and shows no internals. */
class HostileInputApiTest extends ApiTest {

    @Autowired
    MongoTemplate mongo;

    String pool;

    @BeforeEach
    void givenAPool() {
        pool = workspace.pool("Hostile", List.of(workspace.rep("Ana")));
    }

    private long leads() {
        // Counted by paging: the API has no count, and a test must not reach around it.
        long count = 0;
        String after = null;
        do {
            JsonNode page = graphQl.execute(
                            "query($after: String) { leads(first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }",
                            after == null ? Map.of() : Map.of("after", after))
                    .at("/data/leads");
            count += page.at("/edges").size();
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        return count;
    }

    private static void assertNoInternals(JsonNode response) {
        assertThat(response.toString())
                .doesNotContain("Exception")
                .doesNotContain("dev.switchboard")
                .doesNotContain("\tat ");
    }

    @Test
    void a_deeply_nested_query_is_refused_before_it_runs() {
        String nested = "{ pools { nodes { " + "overflowPool { ".repeat(20) + "id" + " }".repeat(20) + " } } }";

        JsonNode response = graphQl.execute(nested);

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_DEEP");
        assertThat(response.at("/data").isMissingNode() || response.at("/data").isNull())
                .isTrue();
        assertNoInternals(response);
    }

    @Test
    void an_alias_repeated_thousands_of_times_is_refused_while_parsing() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 3000; i++) {
            document.append(" a").append(i).append(": reps { id }");
        }
        JsonNode response = graphQl.execute(document.append(" }").toString());
        JsonNode typo = graphQl.execute("{ reps { id }");

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("DOCUMENT_TOO_LARGE");
        assertThat(typo.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_SYNTAX");
        assertNoInternals(response);
    }

    @Test
    void a_query_that_would_resolve_too_many_fields_is_refused() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            document.append(" a")
                    .append(i)
                    .append(
                            ": leads(first: 100) { edges { node { assignment { explanation { candidates { rep { name email } } } } } } }");
        }
        JsonNode response = graphQl.execute(document.append(" }").toString());

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertNoInternals(response);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_before_it_is_parsed() throws Exception {
        long before = leads();
        String huge = "x".repeat(2 * 1024 * 1024);
        String body =
                "{\"query\":\"mutation($input: SubmitLeadInput!) { submitLead(input: $input) { errors { code } } }\","
                        + "\"variables\":{\"input\":{\"poolId\":\"" + pool + "\",\"name\":\"" + huge
                        + "\",\"email\":\"a@b.example\"}}}";

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("REQUEST_TOO_LARGE");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void a_huge_string_and_a_huge_list_within_the_body_limit_are_typed_errors_and_store_nothing() {
        long before = leads();
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            attributes.add(Map.of("key", "k" + i, "value", "v"));
        }

        JsonNode longName = workspace
                .submit(Workspace.lead(pool, 1, Map.of("name", "x".repeat(300_000))))
                .at("/data/submitLead/errors/0");
        JsonNode manyAttributes = workspace
                .submit(Workspace.lead(pool, 2, Map.of("attributes", attributes)))
                .at("/data/submitLead/errors/0");

        assertThat(longName.at("/code").asString()).isEqualTo("TOO_LONG");
        assertThat(longName.at("/field").asString()).isEqualTo("name");
        assertThat(manyAttributes.at("/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(manyAttributes.at("/field").asString()).isEqualTo("attributes");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void mongo_operators_in_inputs_are_refused_as_wrong_types_or_kept_as_plain_text() {
        long before = leads();
        Map<String, Object> operatorAsPool = new LinkedHashMap<>(Workspace.lead(pool, 3, Map.of()));
        operatorAsPool.put("poolId", Map.of("$gt", ""));
        Map<String, Object> whereAsName = new LinkedHashMap<>(Workspace.lead(pool, 4, Map.of()));
        whereAsName.put("name", Map.of("$where", "sleep(1000)"));

        JsonNode pool = workspace.submit(operatorAsPool);
        JsonNode name = workspace.submit(whereAsName);
        JsonNode byOperatorId =
                graphQl.execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", Map.of("$ne", "")));
        JsonNode byOperatorText =
                graphQl.execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", "{\"$ne\": null}"));
        assertThat(leads()).isEqualTo(before);
        JsonNode literal = workspace
                .submit(Workspace.lead(this.pool, 5, Map.of("name", "$where", "company", "{\"$gt\": \"\"}")))
                .at("/data/submitLead/lead");

        // An ID takes any value as text, so an operator object arrives as text that no id may hold.
        assertThat(pool.at("/data/submitLead/errors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(pool.at("/data/submitLead/errors/0/field").asString()).isEqualTo("poolId");
        assertThat(name.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_TYPE");
        assertThat(name.at("/errors/0/extensions/field").asString()).isEqualTo("name");
        assertThat(byOperatorId.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(byOperatorText.at("/errors/0/extensions/field").asString()).isEqualTo("leadId");
        assertThat(literal.at("/name").asString()).isEqualTo("$where");
        assertNoInternals(pool);
        assertNoInternals(byOperatorText);
    }

    @Test
    void script_in_a_name_is_stored_and_returned_as_the_text_it_is() {
        String script = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";

        JsonNode lead = workspace
                .submit(Workspace.lead(pool, 6, Map.of("name", script)))
                .at("/data/submitLead/lead");
        JsonNode read = graphQl.execute(
                "query($id: ID!) { lead(id: $id) { name } }",
                Map.of("id", lead.at("/id").asString()));

        assertThat(read.at("/data/lead/name").asString()).isEqualTo(script);
    }

    private static final String ADD_TIME_OFF = """
            mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { availability { timeOff { start end } } errors { code field message } } }""";
    private static final String AVAILABILITY = "query($id: ID!) { availability(repId: $id) { timeOff { start end } } }";
    private static final String SLOTS = """
            query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start } errors { code field } } }""";

    private String meetingType() {
        return graphQl.execute("""
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }""", Map.of("input", Map.of("name", "Hostile intro", "durationMinutes", 30)))
                .at("/data/createMeetingType/meetingType/id")
                .asString();
    }

    /** The next week from tomorrow: it holds working days whatever day the test runs. */
    private static Map<String, Object> nextWeek(String key, String id, String meetingType) {
        Instant from =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(java.time.Duration.ofDays(1));
        return Map.of(
                key,
                id,
                "meetingTypeId",
                meetingType,
                "from",
                from.toString(),
                "to",
                from.plus(java.time.Duration.ofDays(7)).toString(),
                "timeZone",
                "UTC");
    }

    private JsonNode slotsOf(String repId, String meetingType) {
        return graphQl.execute(SLOTS, Map.of("input", nextWeek("repId", repId, meetingType)));
    }

    /** The rep answers every read and write of their availability without an error. */
    private void assertUsable(String rep) {
        JsonNode availability = graphQl.execute(AVAILABILITY, Map.of("id", rep));
        JsonNode slots = slotsOf(rep, meetingType());
        JsonNode poolSlots = graphQl.execute(
                SLOTS,
                Map.of("input", nextWeek("poolId", workspace.pool("Holding " + rep, List.of(rep)), meetingType())));
        JsonNode added = graphQl.execute(
                ADD_TIME_OFF,
                Map.of("input", Map.of("repId", rep, "start", "2026-12-24T00:00:00Z", "end", "2026-12-27T00:00:00Z")));
        JsonNode set = graphQl.execute("""
                mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code } } }""", Map.of("input", Map.of("repId", rep)));

        for (JsonNode answer : List.of(availability, slots, poolSlots, added, set)) {
            assertThat(answer.at("/errors").isMissingNode())
                    .as(answer.toString())
                    .isTrue();
        }
        assertThat(added.at("/data/addTimeOff/errors").size()).isZero();
        assertThat(slots.at("/data/availableSlots/slots").size()).isPositive();
    }

    @Test
    void time_off_shorter_than_a_millisecond_is_refused_on_its_end_and_the_rep_stays_usable() {
        String rep = workspace.rep("Nano");

        JsonNode refused = graphQl.execute(
                        ADD_TIME_OFF,
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rep,
                                        "start",
                                        "2026-12-01T10:00:00.123456789Z",
                                        "end",
                                        "2026-12-01T10:00:00.123456790Z")))
                .at("/data/addTimeOff");

        // Dates are kept to the millisecond: both ends are the same instant there, so the period is empty.
        assertThat(refused.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("end");
        assertUsable(rep);
    }

    @Test
    void an_empty_time_off_period_already_stored_is_skipped_when_read_and_the_rep_stays_usable() {
        String rep = workspace.rep("Legacy");
        Date instant = Date.from(Instant.parse("2026-12-01T10:00:00.123Z"));
        // As an older version stored it, before input was checked at the stored precision.
        mongo.getCollection("availabilities")
                .insertOne(new org.bson.Document("_id", rep)
                        .append(
                                "timeOff",
                                List.of(new org.bson.Document("start", instant)
                                        .append("end", instant)
                                        .append("note", "nanoseconds"))));

        assertUsable(rep);
    }

    @Test
    void dates_before_1970_or_after_9999_are_refused_naming_the_field() {
        String rep = workspace.rep("Extreme");

        JsonNode farPast = graphQl.execute(
                ADD_TIME_OFF,
                Map.of(
                        "input",
                        Map.of("repId", rep, "start", "-999999999-01-01T00:00:00Z", "end", "2026-12-01T00:00:00Z")));
        JsonNode farFuture = graphQl.execute(
                """
                mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code } } }""", Map.of("input", Map.of("repId", rep, "active", true, "awayUntil", "+999999999-12-31T23:59:59Z")));
        JsonNode literal = graphQl.execute("mutation { setRepStatus(input: {repId: \"" + rep
                + "\", active: true, awayUntil: \"1969-12-31T23:59:59Z\"}) { errors { code } } }");

        assertThat(farPast.at("/errors/0/extensions/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(farPast.at("/errors/0/extensions/field").asString()).isEqualTo("start");
        assertThat(farPast.at("/errors/0/message").asString())
                .isEqualTo("addTimeOff.input.start: expected a DateTime: DateTime lies outside the years 1970 to 9999");
        assertThat(farFuture.at("/errors/0/extensions/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(farFuture.at("/errors/0/extensions/field").asString()).isEqualTo("awayUntil");
        assertThat(literal.at("/errors/0/extensions/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(literal.at("/errors/0/extensions/field").asString()).isEqualTo("awayUntil");
        for (JsonNode answer : List.of(farPast, farFuture, literal)) {
            assertNoInternals(answer);
        }
        assertUsable(rep);
    }

    private HttpResponse<String> raw(String method, String path, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body())
                .contains("\"code\":\"" + code + "\"")
                .doesNotContain("Exception")
                .doesNotContain("<html");
    }

    @Test
    void bodies_and_paths_no_client_should_send_are_json_errors_with_a_code_never_5xx() throws Exception {
        assertJsonError(
                raw("POST", "/graphql", "application/json", HttpRequest.BodyPublishers.ofString("null")),
                400,
                "INVALID_REQUEST");
        assertJsonError(
                raw("POST", "/graphql", "application/json", HttpRequest.BodyPublishers.ofString(" [1]")),
                400,
                "INVALID_REQUEST");
        assertJsonError(
                raw("POST", "/graphql", "*/*", HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertJsonError(
                raw("POST", "/graphql", "application/*", HttpRequest.BodyPublishers.ofString("{}")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertJsonError(
                raw("POST", "/graphql", "text/plain", HttpRequest.BodyPublishers.ofString("{}")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertJsonError(
                raw("POST", "/graphql", "application/json", HttpRequest.BodyPublishers.ofString("{\"query\": ")),
                400,
                "INVALID_REQUEST");
        assertJsonError(raw("GET", "/error", null, HttpRequest.BodyPublishers.noBody()), 404, "NOT_FOUND");
        assertJsonError(raw("GET", "/no/such/path", null, HttpRequest.BodyPublishers.noBody()), 404, "NOT_FOUND");
        assertJsonError(raw("GET", "/graphql", null, HttpRequest.BodyPublishers.noBody()), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_with_413() throws Exception {
        byte[] huge = "x".repeat(2 * 1024 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // A publisher of unknown length: the client sends the body chunked, with no Content-Length.
        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(huge));

        assertJsonError(raw("POST", "/graphql", "application/json", chunked), 413, "REQUEST_TOO_LARGE");
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_with_413_and_the_connection_closed() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 50000000\r\n\r\n{\"query\":")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            byte[] answer = socket.getInputStream().readAllBytes();

            // readAllBytes returns only once the server has closed the connection.
            String text = new String(answer, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE");
            assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
        }
    }

    @Test
    void input_of_the_wrong_type_is_described_in_words_naming_the_operation_argument_and_field() {
        Map<String, Object> objectAsEmail = new LinkedHashMap<>(Workspace.lead(pool, 20, Map.of()));
        objectAsEmail.put("email", Map.of("name", "x"));
        // A lead's name may come as a form's answer, so the schema lets it out; a rep's may not.
        Map<String, Object> noName = Map.of("email", "nameless@sales.example", "timeZone", "Europe/Paris");

        JsonNode byVariable = workspace.submit(objectAsEmail);
        JsonNode missing = graphQl.execute(
                "mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } } }",
                Map.of("input", noName));
        JsonNode byLiteral = graphQl.execute("mutation { submitLead(input: {poolId: \"" + pool
                + "\", name: {first: \"A\"}, email: \"a@b.example\"}) { lead { id } } }");
        JsonNode literalMissing = graphQl.execute(
                "mutation { createRep(input: {email: \"a@b.example\", timeZone: \"Europe/Paris\"}) { rep { id } } }");

        assertThat(byVariable.at("/errors/0/message").asString())
                .isEqualTo("submitLead.input.email: expected a String, got an object");
        assertThat(byVariable.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_TYPE");
        assertThat(byVariable.at("/errors/0/extensions/field").asString()).isEqualTo("email");
        assertThat(missing.at("/errors/0/message").asString())
                .isEqualTo("createRep.input.name: required, but missing (expected a String)");
        assertThat(missing.at("/errors/0/extensions/code").asString()).isEqualTo("REQUIRED");
        assertThat(byLiteral.at("/errors/0/message").asString())
                .isEqualTo("submitLead.input.name: expected a String, got an object");
        assertThat(byLiteral.at("/errors/0/extensions/field").asString()).isEqualTo("name");
        assertThat(literalMissing.at("/errors/0/message").asString())
                .isEqualTo("createRep.input.name: required, but missing");
        assertThat(literalMissing.at("/errors/0/extensions/code").asString()).isEqualTo("REQUIRED");
        assertThat(literalMissing.at("/errors/0/extensions/field").asString()).isEqualTo("name");
        for (JsonNode answer : List.of(byVariable, missing, byLiteral, literalMissing)) {
            assertThat(answer.toString()).doesNotContain("ObjectValue").doesNotContain("LinkedHashMap");
        }
    }
}
