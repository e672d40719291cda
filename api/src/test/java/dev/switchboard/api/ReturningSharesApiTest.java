package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A member who leaves an equal-distribution pool's window (away, or taken out of the pool) and comes back is shown
 * RETURNING, credited as the pool's rejoin policy says, through the endpoint.
 */
class ReturningSharesApiTest extends ApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { rep { name } explanation { reason
                shares { rep { name } count credit share target away rejoined creditedNow words } } }
              errors { code field message } } }""";

    private JsonNode submit(String pool, int n) {
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, n, Map.of())))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    private Map<String, Object> definition(String rejoin, List<String> reps) {
        Map<String, Object> definition = new HashMap<>();
        definition.put("name", "Even " + rejoin);
        definition.put("strategy", "EQUAL_DISTRIBUTION");
        definition.put("equalDistribution", Map.of("window", "MONTH", "rejoin", rejoin));
        definition.put("members", reps.stream().map(id -> Map.of("repId", id)).toList());
        return definition;
    }

    private String pool(String rejoin, List<String> reps) {
        return graphQl.execute(
                        "mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                        Map.of("input", definition(rejoin, reps)))
                .at("/data/createPool/pool/id")
                .asString();
    }

    private void active(String rep, boolean active) {
        JsonNode payload = graphQl.execute("""
                mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code field message } } }""", Map.of("input", Map.of("repId", rep, "active", active)))
                .at("/data/setRepStatus");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
    }

    private void members(String pool, String rejoin, List<String> reps) {
        Map<String, Object> input = definition(rejoin, reps);
        input.put("poolId", pool);
        JsonNode payload = graphQl.execute("""
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code field message } } }""", Map.of("input", input)).at("/data/updatePool");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
    }

    private static JsonNode shareOf(JsonNode assignment, String name) {
        for (JsonNode share : assignment.at("/explanation/shares")) {
            if (share.at("/rep/name").asString().equals(name)) {
                return share;
            }
        }
        throw new AssertionError(name + " has no share in " + assignment);
    }

    @Test
    void a_member_back_from_being_inactive_is_returning_and_credited_up_to_the_least_served_under_fair_start() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        String pool = pool("FAIR_START", List.of(ana, ben, cyd));
        for (int n = 0; n < 3; n++) {
            submit(pool, n);
        }
        active(ana, false);
        JsonNode whileAway = null;
        for (int n = 3; n < 7; n++) {
            whileAway = submit(pool, n);
        }
        assertThat(shareOf(whileAway, "Ana").at("/away").asBoolean()).isTrue();
        assertThat(shareOf(whileAway, "Ana").at("/words").asString()).isEqualTo("1 lead, share 1.0, away");
        active(ana, true);

        JsonNode back = submit(pool, 7);

        JsonNode share = shareOf(back, "Ana");
        assertThat(share.at("/rejoined").asString()).isEqualTo("RETURNING");
        assertThat(share.at("/count").asInt()).isEqualTo(1);
        assertThat(share.at("/credit").asInt()).isEqualTo(2);
        assertThat(share.at("/creditedNow").asInt()).isEqualTo(2);
        assertThat(share.at("/away").asBoolean()).isFalse();
        assertThat(share.at("/words").asString())
                .isEqualTo("1 lead + 2 credited, share 3.0, target 3.0, returning, credited 2 leads now (fair start)");
        assertThat(back.at("/explanation/reason").asString()).contains("Ana rejoins credited with 2 leads");

        JsonNode next = submit(pool, 8);
        JsonNode after = shareOf(next, "Ana");
        assertThat(after.at("/rejoined").isNull())
                .as("rejoining happens once: " + after)
                .isTrue();
        assertThat(after.at("/credit").asInt()).isEqualTo(2);
        assertThat(after.at("/creditedNow").asInt()).isZero();
    }

    @Test
    void a_member_taken_out_of_the_pool_and_added_back_is_returning_and_catches_up_uncredited() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = pool("CATCH_UP", List.of(ana, ben));
        submit(pool, 0);
        submit(pool, 1);
        members(pool, "CATCH_UP", List.of(ben));
        submit(pool, 2);
        submit(pool, 3);
        members(pool, "CATCH_UP", List.of(ana, ben));

        JsonNode back = submit(pool, 4);

        JsonNode share = shareOf(back, "Ana");
        assertThat(share.at("/rejoined").asString()).isEqualTo("RETURNING");
        assertThat(share.at("/count").asInt()).isEqualTo(1);
        assertThat(share.at("/credit").asInt()).isZero();
        assertThat(share.at("/words").asString()).isEqualTo("1 lead, share 1.0, target 2.0, returning, not credited");
        assertThat(back.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(submit(pool, 5).at("/rep/name").asString())
                .as("Ana catches up: 2 against Ben's 3")
                .isEqualTo("Ana");
    }
}
