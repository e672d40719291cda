package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Input with several independent faults is answered with every one of them, each with its code and the path of the
 * field at fault, so a client fixes a form in one round trip instead of one field per try.
 */
class EveryErrorAtOnceApiTest extends ApiTest {

    /** The payload's errors as "code field", in order. */
    static List<String> errors(JsonNode payload) {
        List<String> found = new ArrayList<>();
        payload.at("/errors")
                .forEach(e -> found.add(
                        e.at("/code").asString() + " " + e.at("/field").asString()));
        return found;
    }

    @Test
    void create_rep_with_a_blank_name_a_bad_email_and_an_unknown_time_zone_answers_all_three() {
        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } errors { code field message } } }""",
                        Map.of("input", Map.of("name", " ", "email", "not-an-address", "timeZone", "Mars/Olympus")))
                .at("/data/createRep");

        assertThat(errors(payload)).containsExactly("REQUIRED name", "INVALID_FORMAT email", "INVALID_FORMAT timeZone");
        assertThat(payload.at("/rep").isNull()).isTrue();
        payload.at("/errors")
                .forEach(e -> assertThat(e.at("/message").asString()).isNotBlank());
    }

    @Test
    void update_rep_with_a_cleared_name_and_a_bad_email_answers_both_and_changes_nothing() {
        String rep = workspace.rep("Ana");
        Map<String, Object> input = new HashMap<>();
        input.put("repId", rep);
        input.put("name", null);
        input.put("email", "ana@");
        input.put("timeZone", "Europe/Nowhere");

        JsonNode payload = graphQl.execute("""
                        mutation($input: UpdateRepInput!) { updateRep(input: $input) { rep { id } errors { code field } } }""", Map.of("input", input)).at("/data/updateRep");

        assertThat(errors(payload)).containsExactly("REQUIRED name", "INVALID_FORMAT email", "INVALID_FORMAT timeZone");
        assertThat(graphQl.execute("query($id: ID!) { rep(id: $id) { name version } }", Map.of("id", rep))
                        .at("/data/rep/version")
                        .asInt())
                .isZero();
    }

    @Test
    void create_webhook_with_a_bad_url_and_a_short_secret_answers_both() {
        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "url",
                                        "ftp://hooks.example",
                                        "eventTypes",
                                        List.of("LeadAssigned"),
                                        "secret",
                                        "short")))
                .at("/data/createWebhook");

        assertThat(errors(payload)).containsExactly("INVALID_FORMAT url", "OUT_OF_RANGE secret");
        assertThat(payload.at("/webhook").isNull()).isTrue();
    }

    @Test
    void update_webhook_with_no_event_types_a_relative_url_and_a_long_secret_answers_all_three() {
        String id = graphQl.execute(
                        """
                        mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }""",
                        Map.of("input", Map.of("url", "https://crm.example/in", "eventTypes", List.of("LeadAssigned"))))
                .at("/data/createWebhook/webhook/id")
                .asString();

        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of("id", id, "url", "/hooks", "eventTypes", List.of(), "secret", "x".repeat(201))))
                .at("/data/updateWebhook");
        graphQl.execute(
                "mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId } }",
                Map.of("input", Map.of("id", id)));

        assertThat(errors(payload)).containsExactly("INVALID_FORMAT url", "REQUIRED eventTypes", "OUT_OF_RANGE secret");
    }

    @Test
    void create_api_key_with_a_blank_name_and_no_scopes_answers_both() {
        JsonNode payload = graphQl.execute("""
                        mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key errors { code field } } }""", Map.of("input", Map.of("name", " ", "scopes", List.of())))
                .at("/data/createApiKey");

        assertThat(errors(payload)).containsExactly("REQUIRED name", "REQUIRED scopes");
        assertThat(payload.at("/key").isNull()).isTrue();
    }
}
