package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An equal-distribution decision lists every member's standing in the window, through the endpoint. */
class EqualSharesApiTest extends ApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { rep { name } explanation { reason
                shares { rep { name } weight count credit share target away rejoined creditedNow words } } }
              errors { code field message } } }""";

    private JsonNode submit(String pool, int n) {
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, n, Map.of())))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    @Test
    void every_members_count_share_and_target_are_listed_and_a_new_member_is_shown_credited_under_fair_start() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        Map<String, Object> definition = Map.of(
                "name",
                "Even",
                "strategy",
                "EQUAL_DISTRIBUTION",
                "equalDistribution",
                Map.of("window", "MONTH", "rejoin", "FAIR_START"),
                "members",
                List.of(Map.of("repId", ana), Map.of("repId", ben)));
        String pool = graphQl.execute("""
                mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }""", Map.of("input", definition))
                .at("/data/createPool/pool/id")
                .asString();
        for (int n = 0; n < 4; n++) {
            submit(pool, n);
        }
        Map<String, Object> withCyd = new java.util.HashMap<>(definition);
        withCyd.put("poolId", pool);
        withCyd.put("members", List.of(Map.of("repId", ana), Map.of("repId", ben), Map.of("repId", cyd)));
        JsonNode updated = graphQl.execute("""
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code field message } } }""", Map.of("input", withCyd)).at("/data/updatePool");
        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();

        JsonNode shares = submit(pool, 4).at("/explanation/shares");

        assertThat(shares.findValuesAsString("name")).containsExactly("Ana", "Ben", "Cyd");
        assertThat(shares.at("/0/count").asInt()).isEqualTo(2);
        assertThat(shares.at("/0/share").asDouble()).isEqualTo(2.0);
        assertThat(shares.at("/0/target").asDouble()).isEqualTo(2.0);
        assertThat(shares.at("/0/rejoined").isNull()).isTrue();
        JsonNode cydShare = shares.at("/2");
        assertThat(cydShare.at("/count").asInt()).isZero();
        assertThat(cydShare.at("/credit").asInt()).isEqualTo(2);
        assertThat(cydShare.at("/creditedNow").asInt()).isEqualTo(2);
        assertThat(cydShare.at("/rejoined").asString()).isEqualTo("NEW");
        assertThat(cydShare.at("/words").asString())
                .isEqualTo(
                        "0 leads + 2 credited, share 2.0, target 2.0, new to the window, credited 2 leads now (fair start)");
    }
}
