package dev.switchboard.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents and inputs built to hurt: each is refused with a clear, typed error, stores nothing, and shows no internals. */
class HostileInputApiTest extends ApiTest {

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
            JsonNode page = graphQl.execute("query($after: String) { leads(first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after)).at("/data/leads");
            count += page.at("/edges").size();
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
        } while (after != null);
        return count;
    }

    private static void assertNoInternals(JsonNode response) {
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("dev.switchboard").doesNotContain("\tat ");
    }

    @Test
    void a_deeply_nested_query_is_refused_before_it_runs() {
        String nested = "{ pools { " + "overflowPool { ".repeat(20) + "id" + " }".repeat(20) + " } }";

        JsonNode response = graphQl.execute(nested);

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_DEEP");
        assertThat(response.at("/data").isMissingNode() || response.at("/data").isNull()).isTrue();
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
            document.append(" a").append(i).append(": leads(first: 100) { edges { node { assignment { explanation { candidates { rep { name email } } } } } } }");
        }
        JsonNode response = graphQl.execute(document.append(" }").toString());

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertNoInternals(response);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_before_it_is_parsed() throws Exception {
        long before = leads();
        String huge = "x".repeat(2 * 1024 * 1024);
        String body = "{\"query\":\"mutation($input: SubmitLeadInput!) { submitLead(input: $input) { errors { code } } }\","
                + "\"variables\":{\"input\":{\"poolId\":\"" + pool + "\",\"name\":\"" + huge + "\",\"email\":\"a@b.example\"}}}";

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
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

        JsonNode longName = workspace.submit(Workspace.lead(pool, 1, Map.of("name", "x".repeat(300_000)))).at("/data/submitLead/errors/0");
        JsonNode manyAttributes = workspace.submit(Workspace.lead(pool, 2, Map.of("attributes", attributes))).at("/data/submitLead/errors/0");

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
        JsonNode byOperatorId = graphQl.execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", Map.of("$ne", "")));
        JsonNode byOperatorText = graphQl.execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", "{\"$ne\": null}"));
        assertThat(leads()).isEqualTo(before);
        JsonNode literal = workspace.submit(Workspace.lead(this.pool, 5, Map.of("name", "$where", "company", "{\"$gt\": \"\"}")))
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

        JsonNode lead = workspace.submit(Workspace.lead(pool, 6, Map.of("name", script))).at("/data/submitLead/lead");
        JsonNode read = graphQl.execute("query($id: ID!) { lead(id: $id) { name } }", Map.of("id", lead.at("/id").asString()));

        assertThat(read.at("/data/lead/name").asString()).isEqualTo(script);
    }
}
