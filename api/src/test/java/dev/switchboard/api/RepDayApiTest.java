package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each rep's leads and meetings today, in the rep's own time zone, on the reps list and on a rep. */
class RepDayApiTest extends ApiTest {

    private static final String TODAY =
            "query($id: ID!) { rep(id: $id) { name today { date from to leads meetings } } }";

    private JsonNode today(GraphQlClient client, String repId) {
        JsonNode answer = client.execute(TODAY, Map.of("id", repId));
        assertThat(answer.at("/errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.at("/data/rep/today");
    }

    @Test
    void given_a_pool_of_two_three_leads_routed_now_count_two_and_one_on_the_reps_days() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        graphQl.execute(
                "mutation($input: UpdateRepInput!) { updateRep(input: $input) { errors { code } } }",
                Map.of("input", Map.of("repId", ben, "timeZone", "America/New_York")));
        String pool = workspace.pool("Inbound", List.of(ana, ben));
        String cid = workspace.rep("Cid");
        for (int n = 0; n < 3; n++) {
            workspace.submitAndGetRep(pool, n);
        }

        JsonNode anas = today(graphQl, ana);
        JsonNode bens = today(graphQl, ben);
        JsonNode cids = today(graphQl, cid);

        assertThat(anas.at("/leads").asInt() + bens.at("/leads").asInt()).isEqualTo(3);
        assertThat(List.of(anas.at("/leads").asInt(), bens.at("/leads").asInt()))
                .containsExactlyInAnyOrder(2, 1);
        assertThat(anas.at("/meetings").asInt()).isZero();
        assertThat(cids.at("/leads").asInt())
                .as("a rep outside the pool had none")
                .isZero();
        assertThat(cids.at("/date").asString())
                .as("an empty day is still a day, not null")
                .isNotEmpty();
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate bensDate = LocalDate.ofInstant(TestClock.app().instant(), newYork);
        assertThat(bens.at("/date").asString()).isEqualTo(bensDate.toString());
        assertThat(bens.at("/from").asString())
                .isEqualTo(bensDate.atStartOfDay(newYork).toInstant().toString());
    }

    @Test
    void the_reps_list_carries_each_reps_day() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Solo", List.of(ana));
        workspace.submitAndGetRep(pool, 1);

        // Every page of the list: the app is shared with other specs, so it may hold more reps than one page.
        JsonNode anas = null;
        String after = null;
        do {
            JsonNode page = graphQl.execute(
                            "query($after: String) { reps(first: 100, after: $after) { nodes { id today { leads } }"
                                    + " pageInfo { hasNextPage endCursor } } }",
                            java.util.Collections.singletonMap("after", after))
                    .at("/data/reps");
            for (JsonNode rep : page.at("/nodes")) {
                assertThat(rep.at("/today").isObject()).as(rep.toString()).isTrue();
                if (rep.at("/id").asString().equals(ana)) {
                    anas = rep;
                }
            }
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        assertThat(anas).isNotNull();
        assertThat(anas.at("/today/leads").asInt()).isEqualTo(1);
    }

    @Test
    void a_rep_sees_their_own_day_and_not_another_reps_and_a_key_needs_leads_read() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        Principals principals = new Principals(port, graphQl);
        GraphQlClient asAna = principals.rep(ana);
        GraphQlClient setupKey = GraphQlClient.withKey(port, principals.apiKey("setup:read"), null);
        GraphQlClient leadsKey = GraphQlClient.withKey(port, principals.apiKey("setup:read", "leads:read"), null);

        assertThat(today(asAna, ana).isObject()).isTrue();
        assertThat(today(asAna, ben).isNull()).as("another rep's day").isTrue();
        assertThat(today(setupKey, ana).isNull())
                .as("a key with setup:read only")
                .isTrue();
        assertThat(today(leadsKey, ana).isObject()).isTrue();
    }
}
