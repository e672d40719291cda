package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A form's publishable widget key: its own form only, from its origins only, bots turned away, keys revocable. */
class WidgetKeyApiTest extends ApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id name } assignment { outcome } errors { code field } } }""";

    private String form;
    private String key;

    private void givenAFormWithAWidgetKey() {
        form = workspace.queueForm(workspace.pool("Widget", List.of(workspace.rep("Wanda"))), "SHARK_TANK");
        key = new Principals(port, graphQl).widgetKey(form);
    }

    private Map<String, Object> humanLead(int n, Map<String, Object> changes) {
        Map<String, Object> input = new java.util.LinkedHashMap<>(Workspace.lead(
                null,
                n,
                Map.of(
                        "formId",
                        form,
                        "startedAt",
                        TestClock.app().instant().minusSeconds(30).toString())));
        input.putAll(changes);
        return input;
    }

    private long leads() {
        return graphQl.execute("{ leads(first: 100) { edges { cursor } } }")
                .at("/data/leads/edges")
                .size();
    }

    @Test
    void a_person_on_an_allowed_site_submits_to_the_keys_form_and_reads_back_only_that_submission() {
        givenAFormWithAWidgetKey();
        GraphQlClient widget = GraphQlClient.withKey(port, key, Principals.WIDGET_ORIGIN);

        JsonNode submitted =
                widget.execute(SUBMIT, Map.of("input", humanLead(1, Map.of()))).at("/data/submitLead");
        JsonNode others = widget.execute("{ leads { edges { node { id } } } }");

        assertThat(submitted.at("/lead/name").asString()).isEqualTo("Prospect 1");
        assertThat(submitted.at("/assignment/outcome").asString()).isEqualTo("QUEUED");
        assertThat(others.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(widget.execute(
                                "query($id: ID!) { lead(id: $id) { id } }",
                                Map.of("id", submitted.at("/lead/id").asString()))
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void another_form_or_a_pool_is_forbidden_to_the_key() {
        givenAFormWithAWidgetKey();
        String otherForm = workspace.queueForm(workspace.pool("Other", List.of(workspace.rep("Otto"))), "SHARK_TANK");
        String pool = workspace.pool("Direct", List.of(workspace.rep("Dora")));
        GraphQlClient widget = GraphQlClient.withKey(port, key, Principals.WIDGET_ORIGIN);
        long before = leads();

        JsonNode toOtherForm = widget.execute(SUBMIT, Map.of("input", humanLead(2, Map.of("formId", otherForm))));
        Map<String, Object> toPool = humanLead(3, Map.of("poolId", pool));
        toPool.remove("formId");
        JsonNode toThePool = widget.execute(SUBMIT, Map.of("input", toPool));

        assertThat(toOtherForm.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(toThePool.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void a_filled_honeypot_or_a_form_sent_within_the_minimum_fill_time_is_rejected_and_nothing_is_stored() {
        givenAFormWithAWidgetKey();
        GraphQlClient widget = GraphQlClient.withKey(port, key, Principals.WIDGET_ORIGIN);
        long before = leads();

        JsonNode honeypot =
                widget.execute(SUBMIT, Map.of("input", humanLead(4, Map.of("honeypot", "http://spam.example"))));
        JsonNode tooFast = widget.execute(
                SUBMIT,
                Map.of(
                        "input",
                        humanLead(
                                5, Map.of("startedAt", TestClock.app().instant().toString()))));
        Map<String, Object> noStart = humanLead(6, Map.of());
        noStart.remove("startedAt");
        JsonNode undated = widget.execute(SUBMIT, Map.of("input", noStart));

        for (JsonNode refused : List.of(honeypot, tooFast, undated)) {
            assertThat(refused.at("/errors/0/extensions/code").asString())
                    .as(refused.toString())
                    .isEqualTo("SUBMISSION_REJECTED");
        }
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void the_key_is_refused_from_an_origin_its_form_does_not_allow_and_preflights_answer_allowed_origins_only()
            throws Exception {
        givenAFormWithAWidgetKey();

        HttpResponse<String> elsewhere =
                GraphQlClient.withKey(port, key, "https://evil.example").send("{\"query\":\"{ me { kind } }\"}");
        HttpResponse<String> noOrigin = GraphQlClient.withKey(port, key, null).send("{\"query\":\"{ me { kind } }\"}");
        HttpResponse<String> allowed = preflight(Principals.WIDGET_ORIGIN);
        HttpResponse<String> other = preflight("https://evil.example");

        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(Principals.WIDGET_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", origin)
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "authorization,content-type")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void revoked_keys_are_refused_with_401_and_an_api_keys_use_is_recorded() {
        givenAFormWithAWidgetKey();
        Principals principals = new Principals(port, graphQl);
        String apiKey = principals.apiKey("setup:read");
        GraphQlClient integration = GraphQlClient.withKey(port, apiKey, null);
        integration.execute("{ reps(first: 100) { nodes { id } } }");
        JsonNode listed = graphQl.execute("{ apiKeys(first: 100) { nodes { id prefix lastUsedAt scopes } } }")
                .at("/data/apiKeys/nodes");
        JsonNode mine = null;
        for (JsonNode k : listed) {
            if (apiKey.startsWith(k.at("/prefix").asString())
                    && k.at("/lastUsedAt").isString()) {
                mine = k;
            }
        }
        assertThat(mine)
                .as("the key, used, with its last use recorded: " + listed)
                .isNotNull();

        graphQl.execute(
                "mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { errors { code } } }",
                Map.of("input", Map.of("id", mine.at("/id").asString())));
        graphQl.execute(
                "mutation($input: RevokeWidgetKeyInput!) { revokeWidgetKey(input: $input) { errors { code } } }",
                Map.of("input", Map.of("key", key)));

        HttpResponse<String> revokedApi = integration.send("{\"query\":\"{ reps(first: 100) { nodes { id } } }\"}");
        HttpResponse<String> revokedWidget =
                GraphQlClient.withKey(port, key, Principals.WIDGET_ORIGIN).send("{\"query\":\"{ me { kind } }\"}");
        assertThat(revokedApi.statusCode()).isEqualTo(401);
        assertThat(revokedApi.body()).contains("UNAUTHENTICATED");
        assertThat(revokedWidget.statusCode()).isEqualTo(401);
    }

    @Test
    void widget_keys_are_created_for_existing_forms_and_real_origins_only() {
        givenAFormWithAWidgetKey();
        String create = """
                mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key } errors { code field } } }""";

        JsonNode noForm = graphQl.execute(
                create, Map.of("input", Map.of("formId", "nope", "allowedOrigins", List.of("https://a.example"))));
        JsonNode badOrigin = graphQl.execute(
                create,
                Map.of(
                        "input",
                        Map.of(
                                "formId",
                                form,
                                "allowedOrigins",
                                List.of("https://a.example", "https://b.example/path"))));

        assertThat(noForm.at("/data/createWidgetKey/errors/0/field").asString()).isEqualTo("formId");
        assertThat(badOrigin.at("/data/createWidgetKey/errors/0/field").asString())
                .isEqualTo("allowedOrigins[1]");
    }
}
