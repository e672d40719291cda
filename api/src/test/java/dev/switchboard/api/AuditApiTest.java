package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every admin change is logged with who, when, what and the target before and after; other mutations are not. */
class AuditApiTest extends ApiTest {

    private static final String LOG = """
            query($target: ID) {
              auditLog(first: 10, target: $target) { edges { node { actor operation targetType targetId before after at } } }
            }""";

    private JsonNode log(String target) {
        return graphQl.execute(LOG, Map.of("target", target)).at("/data/auditLog/edges");
    }

    @Test
    void a_pool_created_then_renamed_is_logged_twice_with_its_admin_and_the_pool_before_and_after() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Inbound DACH", List.of(ana));
        JsonNode renamed = graphQl.execute(
                        """
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "poolId",
                                        pool,
                                        "name",
                                        "Inbound Germany",
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/updatePool");
        assertThat(renamed.at("/errors").size()).isZero();

        JsonNode entries = log(pool);
        assertThat(entries.size()).isEqualTo(2);
        JsonNode update = entries.at("/0/node");
        assertThat(update.at("/operation").asString()).isEqualTo("updatePool");
        assertThat(update.at("/actor").asString()).as("the signed-in admin").isEqualTo(GraphQlClient.ADMIN_EMAIL);
        assertThat(update.at("/targetType").asString()).isEqualTo("pool");
        assertThat(update.at("/before").asString()).contains("Inbound DACH");
        assertThat(update.at("/after").asString()).contains("Inbound Germany").doesNotContain("Inbound DACH");
        JsonNode create = entries.at("/1/node");
        assertThat(create.at("/operation").asString()).isEqualTo("createPool");
        assertThat(create.at("/before").isNull()).isTrue();
        assertThat(create.at("/after").asString()).contains("Inbound DACH");
    }

    @Test
    void the_log_of_one_target_paged_one_by_one_is_as_long_as_its_total_count() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Counted " + java.util.UUID.randomUUID(), List.of(ana));
        for (String name : List.of("Renamed once", "Renamed twice")) {
            graphQl.execute(
                    "mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code } } }",
                    Map.of("input", Map.of("poolId", pool, "name", name, "members", List.of(Map.of("repId", ana)))));
        }
        String query = """
                query($target: ID, $after: String) {
                  auditLog(first: 1, target: $target, after: $after) { totalCount nodes { operation } pageInfo { hasNextPage endCursor } }
                }""";
        int walked = 0;
        String after = null;
        JsonNode page;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("target", pool);
            variables.put("after", after);
            page = graphQl.execute(query, variables).at("/data/auditLog");
            walked += page.at("/nodes").size();
            assertThat(page.at("/totalCount").asInt()).as(page.toString()).isEqualTo(3);
            after = page.at("/pageInfo/endCursor").asString();
        } while (page.at("/pageInfo/hasNextPage").asBoolean());
        assertThat(walked).as("created, then renamed twice").isEqualTo(3);
    }

    @Test
    void a_rejected_change_and_a_submitted_lead_are_not_logged() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Inbound", List.of(ana));
        graphQl.execute(
                """
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code } } }""", Map.of("input", Map.of("poolId", pool, "name", "", "members", List.of(Map.of("repId", ana)))));
        workspace.submitAndGetRep(pool, 1);

        JsonNode entries = log(pool);
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.at("/0/node/operation").asString()).isEqualTo("createPool");
        assertThat(entries.at("/0/node/actor").asString()).isEqualTo(GraphQlClient.ADMIN_EMAIL);
    }

    @Test
    void a_webhook_is_logged_without_its_secret() {
        JsonNode created = graphQl.execute(
                        """
                mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "url",
                                        "https://hooks.example/switchboard",
                                        "eventTypes",
                                        List.of("LeadAssigned"),
                                        "secret",
                                        "a-secret-of-twenty-chars")))
                .at("/data/createWebhook");
        String webhook = created.at("/webhook/id").asString();

        JsonNode entry = log(webhook).at("/0/node");
        assertThat(entry.at("/operation").asString()).isEqualTo("createWebhook");
        assertThat(entry.at("/after").asString()).contains("https://hooks.example/switchboard");
        assertThat(entry.toString()).doesNotContain("a-secret-of-twenty-chars");
    }

    @Test
    void a_manual_reassignment_is_logged_against_the_lead_with_its_owner_before_and_after() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Inbound", List.of(ana));
        String lead = workspace
                .submit(Workspace.lead(pool, 7, Map.of()))
                .at("/data/submitLead/lead/id")
                .asString();
        JsonNode moved = graphQl.execute(
                        """
                mutation($input: ReassignLeadInput!) { reassignLead(input: $input) { errors { code } } }""",
                        Map.of("input", Map.of("leadId", lead, "repId", ben, "by", "Carla", "reason", "speaks German")))
                .at("/data/reassignLead");
        assertThat(moved.at("/errors").size()).isZero();

        JsonNode entry = log(lead).at("/0/node");
        assertThat(entry.at("/operation").asString()).isEqualTo("reassignLead");
        assertThat(entry.at("/targetType").asString()).isEqualTo("lead");
        assertThat(entry.at("/actor").asString()).isEqualTo(GraphQlClient.ADMIN_EMAIL);
        // The states before and after are stored as the core holds them, with its own ids.
        assertThat(entry.at("/before").asString())
                .contains(GlobalIds.storedId(ana))
                .doesNotContain("speaks German");
        assertThat(entry.at("/after").asString())
                .contains(GlobalIds.storedId(ben))
                .contains("speaks German");
    }
}
