package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One object of every Node type, made through the API by an admin, with the id each type's own field answered: the
 * ids node(id:) is asked for. The lead is the given rep's (a pool of them alone), so a rep caller owns it.
 */
final class EveryNode {

    private EveryNode() {}

    /** Type name → the id its own query or payload answered. */
    static Map<String, String> made(GraphQlClient admin, Workspace workspace, String repId, int n) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("Rep", repId);
        String poolId = workspace.pool("Every node " + n, List.of(repId));
        ids.put("Pool", poolId);
        String formId = workspace.queueForm(poolId, "SHARK_TANK");
        ids.put("Form", formId);
        JsonNode form = admin.execute(
                        "query($id: ID!) { form(id: $id) { router { id versions { id } } } }", Map.of("id", formId))
                .at("/data/form/router");
        ids.put("Router", form.at("/id").asString());
        ids.put("RouterVersion", form.at("/versions/0/id").asString());
        JsonNode submitted = admin.execute(
                        "mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } assignment { id }"
                                + " errors { code field } } }",
                        Map.of("input", Workspace.lead(poolId, 700 + n, Map.of())))
                .at("/data/submitLead");
        assertThat(submitted.at("/errors").size()).as(submitted.toString()).isZero();
        ids.put("Lead", submitted.at("/lead/id").asString());
        ids.put("Assignment", submitted.at("/assignment/id").asString());
        Booker booker = new Booker(admin);
        String meetingType = booker.meetingType(30, 0);
        ids.put("MeetingType", meetingType);
        ids.put(
                "Booking",
                booker.booked(
                                ids.get("Lead"),
                                meetingType,
                                Booker.monday("09:00").plus(Duration.ofHours(n % 8)))
                        .at("/id")
                        .asString());
        JsonNode account = admin.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id }"
                                + " errors { code field } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Every node " + n,
                                        "domains",
                                        List.of("every-node-" + n + "-" + UUID.randomUUID() + ".example"),
                                        "ownerId",
                                        repId)))
                .at("/data/createAccount");
        assertThat(account.at("/errors").size()).as(account.toString()).isZero();
        ids.put("Account", account.at("/account/id").asString());
        ids.put(
                "Webhook",
                admin.execute(
                                "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "url",
                                                "https://hooks.example/" + n,
                                                "eventTypes",
                                                List.of("LeadAssigned"))))
                        .at("/data/createWebhook/webhook/id")
                        .asString());
        ids.put(
                "ApiKey",
                admin.execute(
                                "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }",
                                Map.of("input", Map.of("name", "Every node " + n, "scopes", List.of("LEADS_READ"))))
                        .at("/data/createApiKey/apiKey/id")
                        .asString());
        ids.put(
                "WidgetKey",
                admin.execute(
                                "mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { id } } }",
                                Map.of(
                                        "input",
                                        Map.of("formId", formId, "allowedOrigins", List.of("https://site.example"))))
                        .at("/data/createWidgetKey/widgetKey/id")
                        .asString());
        ids.put(
                "User",
                admin.execute(
                                "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "email",
                                                "every-node-" + n + "-" + UUID.randomUUID() + "@switchboard.example",
                                                "password",
                                                "a long enough password",
                                                "role",
                                                "ADMIN")))
                        .at("/data/createUser/user/id")
                        .asString());
        ids.put(
                "AuditEntry",
                admin.execute("{ auditLog(first: 1) { edges { node { id } } } }")
                        .at("/data/auditLog/edges/0/node/id")
                        .asString());
        ids.forEach((type, id) -> assertThat(id).as(type + " id").isNotEmpty());
        return ids;
    }
}
