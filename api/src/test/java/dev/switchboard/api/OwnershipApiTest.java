package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Claim queues, accepting, manual re-assignment and the lists, through the real endpoint and MongoDB adapter. */
class OwnershipApiTest extends ApiTest {

    static final String ASSIGNMENT = """
            assignment { outcome rep { name } explanation { reason }
              current { owner { name } accepted acceptBy moves urgent waitingInQueue queueMode queuePool { id } }
              history { kind by reason from { name } to { name } } }
            errors { code field message }""";

    String ana;
    String ben;
    String cy;
    String team;

    @BeforeEach
    void givenATeamOfTwoAndAnOutsider() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        cy = workspace.rep("Cy");
        team = workspace.pool("Team", List.of(ana, ben));
    }

    private JsonNode claim(String lead, String rep) {
        return graphQl.execute(
                        "mutation($input: ClaimLeadInput!) { claimLead(input: $input) { " + ASSIGNMENT + " } }",
                        Map.of("input", Map.of("leadId", lead, "repId", rep)))
                .at("/data/claimLead");
    }

    private JsonNode accept(String lead, String rep) {
        return graphQl.execute(
                        "mutation($input: AcceptLeadInput!) { acceptLead(input: $input) { " + ASSIGNMENT + " } }",
                        Map.of("input", Map.of("leadId", lead, "repId", rep)))
                .at("/data/acceptLead");
    }

    private JsonNode reassign(Map<String, Object> input) {
        return graphQl.execute(
                        "mutation($input: ReassignLeadInput!) { reassignLead(input: $input) { " + ASSIGNMENT + " } }",
                        Map.of("input", input))
                .at("/data/reassignLead");
    }

    private JsonNode assignmentOf(String lead) {
        return graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { " + ASSIGNMENT.replace("errors { code field message }", "")
                                + " } }",
                        Map.of("id", lead))
                .at("/data/lead/assignment");
    }

    private String submitted(Map<String, Object> input) {
        JsonNode payload = workspace.submit(input).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/lead/id").asString();
    }

    private String queued(String pool, String mode, int n) {
        return submitted(Workspace.lead(null, n, Map.of("formId", workspace.queueForm(pool, mode))));
    }

    private static void assertError(JsonNode payload, String code, String field) {
        assertThat(payload.at("/errors/0/code").asString())
                .as(payload.toString())
                .isEqualTo(code);
        assertThat(payload.at("/errors/0/field").asString()).isEqualTo(field);
        assertThat(payload.at("/assignment").isNull()).isTrue();
    }

    @Test
    void fifty_members_claiming_one_shark_tank_lead_at_once_leave_exactly_one_owner() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            members.add(workspace.rep("Member " + i));
        }
        String lead = queued(workspace.pool("Fifty", members), "SHARK_TANK", 1);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<Future<JsonNode>> results = new ArrayList<>();
        try {
            for (String member : members) {
                results.add(clients.submit(() -> {
                    start.await();
                    return claim(lead, member);
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<JsonNode> result : results) {
                JsonNode payload = result.get();
                outcomes.add(
                        payload.at("/errors").isEmpty()
                                ? "won by "
                                        + payload.at("/assignment/current/owner/name")
                                                .asString()
                                : payload.at("/errors/0/code").asString());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("won")).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(o -> !o.startsWith("won"))
                    .hasSize(49)
                    .containsOnly("ALREADY_CLAIMED");
            String winner = outcomes.stream()
                    .filter(o -> o.startsWith("won"))
                    .findFirst()
                    .orElseThrow()
                    .substring("won by ".length());
            JsonNode stored = assignmentOf(lead);
            assertThat(stored.at("/current/owner/name").asString()).isEqualTo(winner);
            assertThat(stored.at("/history").size()).isEqualTo(1);
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void
            a_claim_by_a_rep_outside_the_pool_for_an_unknown_lead_or_after_another_claim_is_a_typed_error_and_changes_nothing() {
        String lead = queued(team, "SHARK_TANK", 1);

        assertError(claim(lead, cy), "NOT_MEMBER", "repId");
        assertError(claim("no-such-lead", ana), "NOT_FOUND", "leadId");
        assertError(claim(lead, "ghost"), "NOT_FOUND", "repId");
        JsonNode won = claim(lead, ben);
        JsonNode before = assignmentOf(lead);
        assertError(claim(lead, ana), "ALREADY_CLAIMED", "leadId");

        assertThat(won.at("/assignment/current/owner/name").asString()).isEqualTo("Ben");
        assertThat(won.at("/assignment/current/accepted").asBoolean()).isTrue();
        assertThat(won.at("/assignment/outcome").asString()).isEqualTo("QUEUED");
        assertThat(won.at("/assignment/history/0/kind").asString()).isEqualTo("CLAIMED");
        assertThat(assignmentOf(lead)).isEqualTo(before);
    }

    @Test
    void only_the_owner_accepts_and_a_shotgun_lead_goes_to_the_first_member_who_accepts() {
        String assigned = submitted(Workspace.lead(team, 1, Map.of()));
        String shotgun = queued(team, "SHOTGUN", 2);

        JsonNode before = assignmentOf(assigned);
        assertError(accept(assigned, ben), "NOT_OWNER", "repId");
        assertError(accept("no-such-lead", ana), "NOT_FOUND", "leadId");
        assertThat(assignmentOf(assigned)).isEqualTo(before);
        assertThat(accept(assigned, ana).at("/assignment/current/accepted").asBoolean())
                .isTrue();

        assertError(claim(shotgun, ana), "NOT_CLAIMABLE", "leadId");
        assertError(accept(shotgun, cy), "NOT_MEMBER", "repId");
        assertThat(accept(shotgun, ben).at("/assignment/current/owner/name").asString())
                .isEqualTo("Ben");
        assertError(accept(shotgun, ana), "ALREADY_CLAIMED", "leadId");
    }

    @Test
    void an_admin_reassigns_a_lead_with_who_and_why_kept_in_its_history_who_being_the_signed_in_admin() {
        String lead = submitted(Workspace.lead(team, 1, Map.of()));

        assertError(
                reassign(Map.of("leadId", lead, "repId", "ghost", "by", "Alice", "reason", "x")), "NOT_FOUND", "repId");
        assertError(
                reassign(Map.of("leadId", "no-such-lead", "repId", cy, "by", "Alice", "reason", "x")),
                "NOT_FOUND",
                "leadId");
        JsonNode payload =
                reassign(Map.of("leadId", lead, "repId", cy, "by", "Alice Admin", "reason", "speaks German"));

        JsonNode stored = assignmentOf(lead);
        assertThat(payload.at("/errors").size()).isZero();
        assertThat(stored.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(stored.at("/current/owner/name").asString()).isEqualTo("Cy");
        assertThat(stored.at("/current/moves").asInt()).isEqualTo(1);
        assertThat(stored.at("/history").size())
                .as("the rejected attempts left nothing")
                .isEqualTo(1);
        assertThat(stored.at("/history/0/kind").asString()).isEqualTo("REASSIGNED");
        assertThat(stored.at("/history/0/by").asString())
                .as("the session's admin, whatever by says")
                .isEqualTo(GraphQlClient.ADMIN_EMAIL);
        assertThat(stored.at("/history/0/reason").asString()).isEqualTo("speaks German");
        assertThat(stored.at("/history/0/from/name").asString()).isEqualTo("Ana");
        assertThat(stored.at("/history/0/to/name").asString()).isEqualTo("Cy");
    }

    @Test
    void an_api_key_reassigning_a_lead_keeps_the_by_it_gives_or_else_its_own_name() {
        String lead = submitted(Workspace.lead(team, 1, Map.of()));
        GraphQlClient crm = GraphQlClient.withKey(port, new Principals(port, graphQl).apiKey("leads:write"), null);
        String reassign =
                "mutation($input: ReassignLeadInput!) { reassignLead(input: $input) { errors { code field } } }";

        crm.execute(
                reassign, Map.of("input", Map.of("leadId", lead, "repId", cy, "by", "Dana in the CRM", "reason", "a")));
        crm.execute(reassign, Map.of("input", Map.of("leadId", lead, "repId", ben, "reason", "b")));

        JsonNode history = assignmentOf(lead).at("/history");
        assertThat(history.size()).as(history.toString()).isEqualTo(2);
        assertThat(history.at("/0/by").asString()).isEqualTo("Dana in the CRM");
        assertThat(history.at("/1/by").asString()).startsWith("api key ");
    }

    @Test
    void the_open_queue_lists_waiting_leads_oldest_first_and_a_blind_pull_lead_shows_no_details_until_claimed() {
        String pool = workspace.pool("Blind", List.of(ana, ben));
        String first = queued(pool, "BLIND_PULL", 1);
        String second = queued(pool, "BLIND_PULL", 2);
        String third = queued(pool, "BLIND_PULL", 3);
        claim(second, ana);
        String query = """
                query($pool: ID!, $after: String) { openQueue(poolId: $pool, first: 1, after: $after) { totalCount
                  edges { cursor node { id submittedAt mode detailsHidden tier score name email company lead { id } } }
                  pageInfo { hasNextPage endCursor } } }""";

        JsonNode page = graphQl.execute(query, Map.of("pool", pool)).at("/data/openQueue");
        JsonNode rest = graphQl.execute(
                        query,
                        Map.of(
                                "pool",
                                pool,
                                "after",
                                page.at("/pageInfo/endCursor").asString()))
                .at("/data/openQueue");

        JsonNode node = page.at("/edges/0/node");
        assertThat(node.at("/id").asString()).isEqualTo(first);
        assertThat(node.at("/mode").asString()).isEqualTo("BLIND_PULL");
        assertThat(node.at("/detailsHidden").asBoolean()).isTrue();
        assertThat(node.at("/submittedAt").isNull()).isFalse();
        assertThat(node.at("/name").isNull()).isTrue();
        assertThat(node.at("/email").isNull()).isTrue();
        assertThat(node.at("/company").isNull()).isTrue();
        assertThat(node.at("/lead").isNull()).isTrue();
        assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(rest.at("/edges/0/node/id").asString()).isEqualTo(third);
        assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(page.at("/totalCount").asInt())
                .as("the two still waiting over both pages, not the claimed one")
                .isEqualTo(2);
        assertThat(rest.at("/totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void assignments_list_newest_first_with_history_and_filter_by_current_owner_outcome_and_pool() {
        String other = workspace.pool("Other", List.of(cy));
        String first = submitted(Workspace.lead(team, 1, Map.of()));
        String second = submitted(Workspace.lead(team, 2, Map.of()));
        String third = submitted(Workspace.lead(other, 3, Map.of()));
        reassign(Map.of("leadId", first, "repId", ben, "by", "Alice", "reason", "workload"));
        String query = """
                query($first: Int, $after: String, $outcome: Outcome, $repId: ID, $poolId: ID) {
                  assignments(first: $first, after: $after, outcome: $outcome, repId: $repId, poolId: $poolId) {
                    edges { node { lead { id } current { owner { name } } history { kind } } } pageInfo { hasNextPage endCursor } } }""";

        JsonNode firstPage = graphQl.execute(query, Map.of("first", 2)).at("/data/assignments");
        JsonNode ownedByBen = graphQl.execute(query, Map.of("repId", ben, "poolId", team, "outcome", "ASSIGNED"))
                .at("/data/assignments");
        JsonNode ofOther = graphQl.execute(query, Map.of("poolId", other)).at("/data/assignments");

        assertThat(firstPage.at("/edges/0/node/lead/id").asString()).isEqualTo(third);
        assertThat(firstPage.at("/edges/1/node/lead/id").asString()).isEqualTo(second);
        assertThat(firstPage.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(ownedByBen.at("/edges").findValuesAsString("id")).containsExactly(second, first);
        assertThat(ownedByBen.at("/edges/1/node/history/0/kind").asString()).isEqualTo("REASSIGNED");
        assertThat(ofOther.at("/edges").size()).isEqualTo(1);
    }

    @Test
    void a_pools_accept_deadline_shows_on_the_pool_and_starts_each_assigned_leads_clock() {
        String setSla = """
                mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) {
                  pool { acceptSla { acceptWithinMinutes maxMoves escalateToRep { name } } } errors { code field } } }""";

        JsonNode bad = graphQl.execute(setSla, Map.of("input", Map.of("poolId", team, "acceptWithinMinutes", 0)))
                .at("/data/setPoolSla");
        JsonNode unknownTarget = graphQl.execute(
                        setSla,
                        Map.of(
                                "input",
                                Map.of("poolId", team, "acceptWithinMinutes", 15, "escalateToPoolId", "no-such-pool")))
                .at("/data/setPoolSla");
        JsonNode unknownPool = graphQl.execute(
                        setSla, Map.of("input", Map.of("poolId", "no-such-pool", "acceptWithinMinutes", 15)))
                .at("/data/setPoolSla");
        JsonNode set = graphQl.execute(
                        setSla,
                        Map.of(
                                "input",
                                Map.of(
                                        "poolId",
                                        team,
                                        "acceptWithinMinutes",
                                        15,
                                        "maxMoves",
                                        2,
                                        "escalateToRepId",
                                        cy)))
                .at("/data/setPoolSla");
        String lead = submitted(Workspace.lead(team, 1, Map.of()));

        assertThat(bad.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(bad.at("/errors/0/field").asString()).isEqualTo("acceptWithinMinutes");
        assertThat(unknownTarget.at("/errors/0/field").asString()).isEqualTo("escalateToPoolId");
        assertThat(unknownPool.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknownPool.at("/errors/0/field").asString()).isEqualTo("poolId");
        assertThat(set.at("/pool/acceptSla/acceptWithinMinutes").asInt()).isEqualTo(15);
        assertThat(set.at("/pool/acceptSla/escalateToRep/name").asString()).isEqualTo("Cy");
        assertThat(assignmentOf(lead).at("/current/acceptBy").isNull()).isFalse();
        assertThat(assignmentOf(lead).at("/current/accepted").asBoolean()).isFalse();
    }
}
