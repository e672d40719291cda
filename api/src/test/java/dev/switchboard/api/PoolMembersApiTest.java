package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A pool's members changed one at a time: added, removed, reweighted, keeping the rest of the pool. */
class PoolMembersApiTest extends ApiTest {

    private static final String POOL =
            "pool { version members { weight dailyCap rep { name } } } errors { code field }";

    String ana;
    String ben;
    String cy;
    String pool;

    @BeforeEach
    void givenAPoolOfAnaAndBen() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        cy = workspace.rep("Cy");
        pool = workspace.pool("Inbound", List.of(ana, ben));
    }

    private JsonNode call(String mutation, String inputType, Map<String, Object> input) {
        return graphQl.execute(
                        "mutation($input: " + inputType + "!) { " + mutation + "(input: $input) { " + POOL + " } }",
                        Map.of("input", input))
                .at("/data/" + mutation);
    }

    private static String error(JsonNode payload) {
        return payload.at("/errors/0/code").asString() + " "
                + payload.at("/errors/0/field").asString();
    }

    @Test
    void a_member_added_goes_last_and_the_others_stay_as_they_were() {
        call("setMemberWeight", "SetMemberWeightInput", Map.of("poolId", pool, "repId", ana, "weight", 3));

        JsonNode added = call(
                "addPoolMembers",
                "AddPoolMembersInput",
                Map.of("poolId", pool, "members", List.of(Map.of("repId", cy, "dailyCap", 5))));

        assertThat(added.at("/errors").size()).as(added.toString()).isZero();
        assertThat(added.at("/pool/members")
                        .valueStream()
                        .map(m -> m.at("/rep/name").asString())
                        .toList())
                .containsExactly("Ana", "Ben", "Cy");
        assertThat(added.at("/pool/members/0/weight").asInt()).isEqualTo(3);
        assertThat(added.at("/pool/members/2/dailyCap").asInt()).isEqualTo(5);
        assertThat(added.at("/pool/version").asInt()).isEqualTo(2);
    }

    @Test
    void a_member_removed_leaves_the_others_in_order_and_the_last_one_cannot_go() {
        JsonNode removed =
                call("removePoolMembers", "RemovePoolMembersInput", Map.of("poolId", pool, "repIds", List.of(ana)));
        JsonNode last =
                call("removePoolMembers", "RemovePoolMembersInput", Map.of("poolId", pool, "repIds", List.of(ben)));

        assertThat(removed.at("/pool/members").size()).isEqualTo(1);
        assertThat(removed.at("/pool/members/0/rep/name").asString()).isEqualTo("Ben");
        assertThat(error(last)).isEqualTo("REQUIRED members");
    }

    @Test
    void bad_member_changes_are_typed_errors_naming_the_field_and_change_nothing() {
        JsonNode twice = call(
                "addPoolMembers",
                "AddPoolMembersInput",
                Map.of("poolId", pool, "members", List.of(Map.of("repId", ben))));
        JsonNode ghost = call(
                "addPoolMembers",
                "AddPoolMembersInput",
                Map.of("poolId", pool, "members", List.of(Map.of("repId", cy), Map.of("repId", "ghost"))));
        JsonNode outsider =
                call("removePoolMembers", "RemovePoolMembersInput", Map.of("poolId", pool, "repIds", List.of(ana, cy)));
        JsonNode heavy =
                call("setMemberWeight", "SetMemberWeightInput", Map.of("poolId", pool, "repId", ana, "weight", 101));
        JsonNode stranger =
                call("setMemberWeight", "SetMemberWeightInput", Map.of("poolId", pool, "repId", cy, "weight", 2));
        JsonNode stale = call(
                "setMemberWeight",
                "SetMemberWeightInput",
                Map.of("poolId", pool, "repId", ana, "weight", 2, "expectedVersion", 7));

        assertThat(error(twice)).isEqualTo("DUPLICATE members[0].repId");
        assertThat(error(ghost)).isEqualTo("NOT_FOUND members[1].repId");
        assertThat(error(outsider)).isEqualTo("NOT_MEMBER repIds[1]");
        assertThat(error(heavy)).isEqualTo("OUT_OF_RANGE weight");
        assertThat(error(stranger)).isEqualTo("NOT_MEMBER repId");
        assertThat(error(stale)).isEqualTo("STALE expectedVersion");
        JsonNode unchanged = graphQl.execute(
                        "query($id: ID!) { pool(id: $id) { version members { weight } } }", Map.of("id", pool))
                .at("/data/pool");
        assertThat(unchanged.at("/members").size()).isEqualTo(2);
        assertThat(unchanged.at("/members/0/weight").asInt()).isEqualTo(1);
        assertThat(unchanged.at("/version").asInt()).isZero();
    }
}
