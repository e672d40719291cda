package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two admins editing one object from the same version: each edit names the version it was made from, exactly one
 * lands and the other is told STALE, so neither overwrites a change it never saw.
 */
class ConcurrentEditsApiTest extends ApiTest {

    /** Sends both edits at the same moment and answers their payloads' error codes, "ok" for none. */
    private List<String> atOnce(String document, String payload, Map<String, Object> first, Map<String, Object> second)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (Map<String, Object> input : List.of(first, second)) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return graphQl.execute(document, Map.of("input", input)).at("/data/" + payload);
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                JsonNode errors = answer.get().at("/errors");
                codes.add(errors.isEmpty() ? "ok" : errors.get(0).at("/code").asString());
            }
            return codes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static final String UPDATE_POOL = """
            mutation($input: UpdatePoolInput!) { updatePool(input: $input) { pool { version } errors { code field } } }""";

    @Test
    void two_pool_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Inbound", List.of(ana));
        int version = graphQl.execute("query($id: ID!) { pool(id: $id) { version } }", Map.of("id", pool))
                .at("/data/pool/version")
                .asInt();

        List<String> codes = atOnce(
                UPDATE_POOL,
                "updatePool",
                Map.of("poolId", pool, "name", "Inbound EMEA", "expectedVersion", version),
                Map.of("poolId", pool, "maxLead", 2, "expectedVersion", version));

        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
        JsonNode after = graphQl.execute(
                        "query($id: ID!) { pool(id: $id) { name maxLead version } }", Map.of("id", pool))
                .at("/data/pool");
        assertThat(after.at("/version").asInt()).isEqualTo(version + 1);
        assertThat(after.at("/name").asString().equals("Inbound EMEA")
                        != after.at("/maxLead").isIntegralNumber())
                .as("only the winner's change is stored: " + after)
                .isTrue();
    }

    @Test
    void each_update_counts_the_version_up_and_an_edit_from_an_older_version_is_stale_and_changes_nothing() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Outbound", List.of(ana));

        JsonNode first = graphQl.execute(UPDATE_POOL, Map.of("input", Map.of("poolId", pool, "name", "A")))
                .at("/data/updatePool");
        JsonNode second = graphQl.execute(
                        UPDATE_POOL, Map.of("input", Map.of("poolId", pool, "name", "B", "expectedVersion", 1)))
                .at("/data/updatePool");
        JsonNode stale = graphQl.execute(
                        UPDATE_POOL, Map.of("input", Map.of("poolId", pool, "name", "C", "expectedVersion", 1)))
                .at("/data/updatePool");

        assertThat(first.at("/pool/version").asInt()).isEqualTo(1);
        assertThat(second.at("/pool/version").asInt()).isEqualTo(2);
        assertThat(stale.at("/errors/0/code").asString()).isEqualTo("STALE");
        assertThat(stale.at("/errors/0/field").asString()).isEqualTo("expectedVersion");
        assertThat(stale.at("/pool").isNull()).isTrue();
        assertThat(graphQl.execute("query($id: ID!) { pool(id: $id) { name } }", Map.of("id", pool))
                        .at("/data/pool/name")
                        .asString())
                .isEqualTo("B");
    }

    @Test
    void two_account_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        String ana = workspace.rep("Ana");
        JsonNode account = graphQl.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Acme",
                                        "domains",
                                        List.of(UUID.randomUUID() + ".example"),
                                        "ownerId",
                                        ana)))
                .at("/data/createAccount/account");
        String update = """
                mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { version } errors { code } } }""";
        String id = account.at("/id").asString();
        int version = account.at("/version").asInt();

        List<String> codes = atOnce(
                update,
                "updateAccount",
                Map.of("accountId", id, "industry", "Software", "expectedVersion", version),
                Map.of("accountId", id, "employees", 40, "expectedVersion", version));

        assertThat(version).isZero();
        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
    }

    @Test
    void two_meeting_type_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        String id = graphQl.execute(
                        "mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }",
                        Map.of("input", Map.of("name", "Intro", "durationMinutes", 30)))
                .at("/data/createMeetingType/meetingType/id")
                .asString();
        String update = """
                mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { errors { code } } }""";

        List<String> codes = atOnce(
                update,
                "updateMeetingType",
                Map.of("meetingTypeId", id, "durationMinutes", 45, "expectedVersion", 0),
                Map.of("meetingTypeId", id, "maxPerDay", 3, "expectedVersion", 0));

        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
        assertThat(graphQl.execute("query($id: ID!) { meetingType(id: $id) { version } }", Map.of("id", id))
                        .at("/data/meetingType/version")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void two_qualification_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        int version = graphQl.execute("{ qualification { version } }")
                .at("/data/qualification/version")
                .asInt();
        String update = """
                mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) { errors { code } } }""";

        List<String> codes = atOnce(
                update,
                "updateQualification",
                Map.of("competitorDomains", List.of("rival.example"), "expectedVersion", version),
                Map.of("titleKeywords", List.of("student"), "expectedVersion", version));
        java.util.HashMap<String, Object> reset = new java.util.HashMap<>();
        reset.put("competitorDomains", null);
        reset.put("titleKeywords", null);
        graphQl.execute(update, Map.of("input", reset));

        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
    }

    @Test
    void two_router_revisions_from_one_version_one_is_saved_and_the_other_is_stale() throws Exception {
        String ana = workspace.rep("Ana");
        Map<String, Object> router =
                Map.of("name", "Inbound", "rules", List.of(), "fallback", Map.of("type", "ROUTE_TO_REP", "repId", ana));
        String id = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id version } } }",
                        Map.of("input", router))
                .at("/data/createRouter/router/id")
                .asString();
        String revise = """
                mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { router { version } errors { code field } } }""";

        List<String> codes = atOnce(
                revise,
                "reviseRouter",
                Map.of("routerId", id, "router", router, "expectedVersion", 1),
                Map.of("routerId", id, "router", router, "expectedVersion", 1));
        JsonNode late = graphQl.execute(
                        revise, Map.of("input", Map.of("routerId", id, "router", router, "expectedVersion", 1)))
                .at("/data/reviseRouter");

        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
        assertThat(late.at("/errors/0/code").asString()).isEqualTo("STALE");
        assertThat(late.at("/errors/0/field").asString()).isEqualTo("expectedVersion");
    }

    @Test
    void two_form_edits_from_one_version_one_is_saved_and_the_other_is_stale_not_duplicate() throws Exception {
        String form = workspace.queueForm(workspace.pool("Forms", List.of(workspace.rep("Ana"))), "SHARK_TANK");
        String routerId = graphQl.execute("query($id: ID!) { form(id: $id) { router { id } } }", Map.of("id", form))
                .at("/data/form/router/id")
                .asString();
        String update = """
                mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { version } errors { code field } } }""";

        List<String> codes = atOnce(
                update,
                "updateForm",
                Map.of("formId", form, "name", "Contact sales", "routerId", routerId, "expectedVersion", 1),
                Map.of("formId", form, "name", "Talk to us", "routerId", routerId, "expectedVersion", 1));

        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
    }

    @Test
    void two_rep_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        String rep = workspace.rep("Ana");
        String update = """
                mutation($input: UpdateRepInput!) { updateRep(input: $input) { rep { version } errors { code field } } }""";
        int version = graphQl.execute("query($id: ID!) { rep(id: $id) { version } }", Map.of("id", rep))
                .at("/data/rep/version")
                .asInt();

        List<String> codes = atOnce(
                update,
                "updateRep",
                Map.of("repId", rep, "name", "Ana Lopez", "expectedVersion", version),
                Map.of("repId", rep, "timeZone", "Asia/Tokyo", "expectedVersion", version));

        assertThat(version).isZero();
        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
        JsonNode after = graphQl.execute(
                        "query($id: ID!) { rep(id: $id) { name timeZone version } }", Map.of("id", rep))
                .at("/data/rep");
        assertThat(after.at("/version").asInt()).isEqualTo(1);
        assertThat(after.at("/name").asString().equals("Ana Lopez")
                        != after.at("/timeZone").asString().equals("Asia/Tokyo"))
                .as("only the winner's change is stored: " + after)
                .isTrue();
    }

    @Test
    void a_status_change_counts_the_rep_version_up_so_an_edit_made_before_it_is_stale() {
        String rep = workspace.rep("Ana");
        graphQl.execute(
                "mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code } } }",
                Map.of("input", Map.of("repId", rep, "active", false)));

        JsonNode stale = graphQl.execute(
                        """
                        mutation($input: UpdateRepInput!) { updateRep(input: $input) { rep { version } errors { code field } } }""", Map.of("input", Map.of("repId", rep, "name", "Ana B", "expectedVersion", 0)))
                .at("/data/updateRep");

        assertThat(stale.at("/errors/0/code").asString()).isEqualTo("STALE");
        assertThat(stale.at("/errors/0/field").asString()).isEqualTo("expectedVersion");
    }

    @Test
    void two_webhook_edits_from_one_version_one_lands_and_the_other_is_stale() throws Exception {
        JsonNode webhook = graphQl.execute(
                        """
                        mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id version } } }""",
                        Map.of(
                                "input",
                                Map.of("url", "https://crm.example/hooks", "eventTypes", List.of("LeadAssigned"))))
                .at("/data/createWebhook/webhook");
        String id = webhook.at("/id").asString();
        String update = """
                mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { version } errors { code field } } }""";

        List<String> codes = atOnce(
                update,
                "updateWebhook",
                Map.of(
                        "id",
                        id,
                        "url",
                        "https://crm.example/a",
                        "eventTypes",
                        List.of("LeadAssigned"),
                        "expectedVersion",
                        0),
                Map.of(
                        "id",
                        id,
                        "url",
                        "https://crm.example/b",
                        "eventTypes",
                        List.of("LeadAssigned"),
                        "expectedVersion",
                        0));

        assertThat(webhook.at("/version").asInt()).isZero();
        assertThat(codes).containsExactlyInAnyOrder("ok", "STALE");
        // The winner stored version 1: an edit made from it lands, and counts on to 2.
        JsonNode next = graphQl.execute(
                        update,
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        id,
                                        "url",
                                        "https://crm.example/c",
                                        "eventTypes",
                                        List.of("LeadAssigned"),
                                        "expectedVersion",
                                        1)))
                .at("/data/updateWebhook");
        assertThat(next.at("/errors").isEmpty()).as(next.toString()).isTrue();
        assertThat(next.at("/webhook/version").asInt()).isEqualTo(2);
        graphQl.execute(
                "mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId } }",
                Map.of("input", Map.of("id", id)));
    }
}
