package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** createRep and createPool through the real /graphql endpoint. */
class WorkspaceSetupApiTest extends ApiTest {

    private static final String CREATE_REP = """
            mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id name email timeZone active } errors { code field message } } }""";
    private static final String CREATE_POOL = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id name strategy members { weight rep { name } } } errors { code field message } } }""";

    @Test
    void a_rep_is_created_active_and_can_be_read_back() {
        JsonNode rep = graphQl.execute(
                        CREATE_REP,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Ana Ruiz",
                                        "email",
                                        "ana.ruiz@Sales.Example",
                                        "timeZone",
                                        "Europe/Madrid")))
                .at("/data/createRep/rep");

        JsonNode read = graphQl.execute(
                        "query($id: ID!) { rep(id: $id) { name email timeZone active } }",
                        Map.of("id", rep.at("/id").asString()))
                .at("/data/rep");

        assertThat(read.at("/email").asString()).isEqualTo("ana.ruiz@sales.example");
        assertThat(read.at("/timeZone").asString()).isEqualTo("Europe/Madrid");
        assertThat(read.at("/active").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_time_zone_or_a_taken_email_is_rejected_on_its_field() {
        JsonNode badZone = graphQl.execute(
                        CREATE_REP,
                        Map.of(
                                "input",
                                Map.of("name", "Ben", "email", "ben@sales.example", "timeZone", "Mars/Olympus")))
                .at("/data/createRep");
        graphQl.execute(
                CREATE_REP, Map.of("input", Map.of("name", "Cleo", "email", "cleo@sales.example", "timeZone", "UTC")));
        JsonNode taken = graphQl.execute(
                        CREATE_REP,
                        Map.of("input", Map.of("name", "Cleo Two", "email", "cleo@sales.example", "timeZone", "UTC")))
                .at("/data/createRep");

        assertThat(badZone.at("/errors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(badZone.at("/errors/0/field").asString()).isEqualTo("timeZone");
        assertThat(badZone.at("/rep").isNull()).isTrue();
        assertThat(taken.at("/errors/0/code").asString()).isEqualTo("DUPLICATE");
        assertThat(taken.at("/errors/0/field").asString()).isEqualTo("email");
    }

    @Test
    void a_pool_lists_its_members_in_rotation_order() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");

        JsonNode pool = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Inbound EMEA",
                                        "members",
                                        List.of(Map.of("repId", ben), Map.of("repId", ana, "weight", 2)))))
                .at("/data/createPool/pool");

        assertThat(pool.at("/strategy").asString()).isEqualTo("ROUND_ROBIN");
        assertThat(pool.at("/members/0/rep/name").asString()).isEqualTo("Ben");
        assertThat(pool.at("/members/1/rep/name").asString()).isEqualTo("Ana");
        assertThat(pool.at("/members/1/weight").asInt()).isEqualTo(2);
    }

    @Test
    void a_weighted_pool_gives_members_turns_in_proportion_to_their_weights_interleaved() {
        String a = workspace.rep("A");
        String b = workspace.rep("B");
        String c = workspace.rep("C");
        String pool = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Weighted",
                                        "strategy",
                                        "WEIGHTED_ROUND_ROBIN",
                                        "members",
                                        List.of(
                                                Map.of("repId", a),
                                                Map.of("repId", b),
                                                Map.of("repId", c, "weight", 3)))))
                .at("/data/createPool/pool/id")
                .asString();

        List<String> assigned = IntStream.range(0, 5)
                .mapToObj(n -> workspace.submitAndGetRep(pool, n))
                .toList();

        assertThat(assigned).containsExactly("C", "A", "C", "B", "C");
    }

    @Test
    void a_rep_set_out_of_office_is_passed_over_and_the_candidates_say_so() {
        String a = workspace.rep("A");
        String b = workspace.rep("B");
        String pool = workspace.pool("Inbound", List.of(a, b));
        JsonNode status = graphQl.execute(
                        """
                mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { rep { active awayUntil } errors { code field } } }""", Map.of("input", Map.of("repId", a, "active", true, "awayUntil", "2099-01-01T00:00:00Z")))
                .at("/data/setRepStatus");

        JsonNode submitted = workspace.submit(Workspace.lead(pool, 1, Map.of())).at("/data/submitLead");
        JsonNode assignment = submitted.at("/assignment");
        JsonNode candidates = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { assignment { explanation { candidates { rep { name } skipped chosen } } } } }",
                        Map.of("id", submitted.at("/lead/id").asString()))
                .at("/data/lead/assignment/explanation/candidates");

        assertThat(status.at("/rep/awayUntil").asString()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(assignment.at("/rep/name").asString()).isEqualTo("B");
        assertThat(candidates.at("/0/skipped").asString()).isEqualTo("OUT_OF_OFFICE");
        assertThat(candidates.at("/1/rep/name").asString()).isEqualTo("B");
    }

    @Test
    void a_pool_with_an_unknown_rep_or_a_bad_weight_is_rejected_and_not_created() {
        String ana = workspace.rep("Ana");
        int poolsBefore = graphQl.execute("{ pools(first: 100) { nodes { id } } }")
                .at("/data/pools/nodes")
                .size();

        JsonNode unknown = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Inbound",
                                        "members",
                                        List.of(Map.of("repId", ana), Map.of("repId", "ghost")))))
                .at("/data/createPool");
        JsonNode heavy = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of("name", "Inbound", "members", List.of(Map.of("repId", ana, "weight", 0)))))
                .at("/data/createPool");
        JsonNode empty = graphQl.execute(CREATE_POOL, Map.of("input", Map.of("name", "Inbound", "members", List.of())))
                .at("/data/createPool");

        assertThat(unknown.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("members[1].repId");
        assertThat(heavy.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(heavy.at("/errors/0/field").asString()).isEqualTo("members[0].weight");
        assertThat(empty.at("/errors/0/field").asString()).isEqualTo("members");
        assertThat(graphQl.execute("{ pools(first: 100) { nodes { id } } }")
                        .at("/data/pools/nodes")
                        .size())
                .isEqualTo(poolsBefore);
    }
}
