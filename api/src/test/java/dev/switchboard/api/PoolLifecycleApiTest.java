package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pools with strategy settings: created, read, replaced whole and deleted through the endpoint. */
class PoolLifecycleApiTest extends ApiTest {

    private static final String POOL_FIELDS = """
            pool { id name strategy timeZone maxLead equalDistribution { window rejoin }
                   overflowRep { name } members { weight dailyCap rep { name } } }
            errors { code field message }""";
    private static final String CREATE =
            "mutation($input: CreatePoolInput!) { createPool(input: $input) { " + POOL_FIELDS + " } }";
    private static final String UPDATE =
            "mutation($input: UpdatePoolInput!) { updatePool(input: $input) { " + POOL_FIELDS + " } }";
    private static final String DELETE = """
            mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedPoolId errors { code field message } } }""";
    private static final String READ = """
            query($id: ID!) { pool(id: $id) { name strategy maxLead equalDistribution { window rejoin } members { weight rep { name } } } }""";

    String ana;
    String ben;
    String poolId;

    @BeforeEach
    void givenARoundRobinPool() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        poolId = workspace.pool("Inbound", List.of(ana, ben));
    }

    private Map<String, Object> definition(Map<String, Object> changes) {
        Map<String, Object> input = new HashMap<>();
        input.put("poolId", poolId);
        input.put("name", "Inbound EMEA");
        input.put("strategy", "EQUAL_DISTRIBUTION");
        input.put("equalDistribution", Map.of("window", "MONTH", "rejoin", "FAIR_START"));
        input.put("maxLead", 3);
        input.put("timeZone", "Europe/Paris");
        input.put("members", List.of(Map.of("repId", ana, "weight", 2, "dailyCap", 20), Map.of("repId", ben)));
        input.putAll(changes);
        return input;
    }

    private JsonNode update(Map<String, Object> changes) {
        return graphQl.execute(UPDATE, Map.of("input", definition(changes))).at("/data/updatePool");
    }

    private JsonNode read() {
        return graphQl.execute(READ, Map.of("id", poolId)).at("/data/pool");
    }

    @Test
    void an_equal_distribution_pool_is_created_with_its_settings_and_defaults() {
        JsonNode given = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Even",
                                        "strategy",
                                        "EQUAL_DISTRIBUTION",
                                        "equalDistribution",
                                        Map.of("window", "DAY"),
                                        "maxLead",
                                        0,
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/createPool");
        JsonNode defaulted = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Even too",
                                        "strategy",
                                        "EQUAL_DISTRIBUTION",
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/createPool");

        assertThat(given.at("/errors").size()).as(given.toString()).isZero();
        assertThat(given.at("/pool/equalDistribution/window").asString()).isEqualTo("DAY");
        assertThat(given.at("/pool/equalDistribution/rejoin").asString()).isEqualTo("CATCH_UP");
        assertThat(given.at("/pool/maxLead").asInt()).isZero();
        assertThat(defaulted.at("/pool/equalDistribution/window").asString()).isEqualTo("WEEK");
        assertThat(read().at("/equalDistribution").isNull())
                .as("a round-robin pool has no such settings")
                .isTrue();
    }

    @Test
    void an_update_naming_only_the_name_and_members_keeps_the_strategy_zone_load_limit_and_overflow() {
        Map<String, Object> weighted = new HashMap<>(Map.of("strategy", "WEIGHTED_ROUND_ROBIN", "overflowRepId", ben));
        weighted.put("equalDistribution", null);
        assertThat(update(weighted).at("/errors").size()).isZero();
        Map<String, Object> renamed =
                Map.of("poolId", poolId, "name", "Inbound DACH", "members", List.of(Map.of("repId", ben, "weight", 3)));

        JsonNode updated = graphQl.execute(UPDATE, Map.of("input", renamed)).at("/data/updatePool");

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        JsonNode pool = updated.at("/pool");
        assertThat(pool.at("/name").asString()).isEqualTo("Inbound DACH");
        assertThat(pool.at("/strategy").asString()).isEqualTo("WEIGHTED_ROUND_ROBIN");
        assertThat(pool.at("/timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(pool.at("/maxLead").asInt()).isEqualTo(3);
        assertThat(pool.at("/overflowRep/name").asString()).isEqualTo("Ben");
        assertThat(pool.at("/members/0/weight").asInt()).isEqualTo(3);
    }

    @Test
    void update_keeps_the_accept_deadline_and_clears_what_it_sets_to_null() {
        graphQl.execute(
                "mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) { errors { code } } }",
                Map.of("input", Map.of("poolId", poolId, "acceptWithinMinutes", 15)));
        assertThat(update(Map.of("overflowRepId", ben)).at("/errors").size()).isZero();
        Map<String, Object> plain = new HashMap<>();
        plain.put("poolId", poolId);
        plain.put("strategy", "ROUND_ROBIN");
        plain.put("equalDistribution", null);
        plain.put("maxLead", null);
        plain.put("overflowRepId", null);
        plain.put("timeZone", null);

        JsonNode updated = graphQl.execute(UPDATE, Map.of("input", plain)).at("/data/updatePool");
        JsonNode pool = graphQl.execute("""
                query($id: ID!) { pool(id: $id) { name timeZone maxLead overflowRep { name } equalDistribution { window } acceptSla { acceptWithinMinutes } } }""", Map.of("id", poolId)).at("/data/pool");

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        assertThat(pool.at("/acceptSla/acceptWithinMinutes").asInt()).isEqualTo(15);
        assertThat(pool.at("/overflowRep").isNull())
                .as("the overflow set to null is gone")
                .isTrue();
        assertThat(pool.at("/equalDistribution").isNull()).isTrue();
        assertThat(pool.at("/maxLead").isNull()).isTrue();
        assertThat(pool.at("/timeZone").asString()).isEqualTo("UTC");
        assertThat(pool.at("/name").asString()).as("the name was not sent").isEqualTo("Inbound EMEA");
    }

    @Test
    void a_new_strategy_without_settings_gets_its_defaults() {
        assertThat(update(Map.of()).at("/errors").size()).isZero();

        JsonNode updated = graphQl.execute(
                        UPDATE, Map.of("input", Map.of("poolId", poolId, "strategy", "PERFORMANCE_WEIGHTED")))
                .at("/data/updatePool");
        JsonNode back = graphQl.execute(
                        UPDATE, Map.of("input", Map.of("poolId", poolId, "strategy", "EQUAL_DISTRIBUTION")))
                .at("/data/updatePool");

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        assertThat(back.at("/pool/equalDistribution/window").asString())
                .as("the month window was dropped with the strategy")
                .isEqualTo("WEEK");
    }

    @Test
    void a_name_or_members_set_to_null_is_refused() {
        Map<String, Object> noName = new HashMap<>();
        noName.put("poolId", poolId);
        noName.put("name", null);
        Map<String, Object> noMembers = new HashMap<>();
        noMembers.put("poolId", poolId);
        noMembers.put("members", null);

        assertThat(error(graphQl.execute(UPDATE, Map.of("input", noName)).at("/data/updatePool")))
                .isEqualTo("REQUIRED name");
        assertThat(error(graphQl.execute(UPDATE, Map.of("input", noMembers)).at("/data/updatePool")))
                .isEqualTo("REQUIRED members");
    }

    @Test
    void update_replaces_the_whole_definition_and_it_reads_back() {
        JsonNode updated = update(Map.of());

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        JsonNode pool = read();
        assertThat(pool.at("/name").asString()).isEqualTo("Inbound EMEA");
        assertThat(pool.at("/strategy").asString()).isEqualTo("EQUAL_DISTRIBUTION");
        assertThat(pool.at("/equalDistribution/window").asString()).isEqualTo("MONTH");
        assertThat(pool.at("/equalDistribution/rejoin").asString()).isEqualTo("FAIR_START");
        assertThat(pool.at("/maxLead").asInt()).isEqualTo(3);
        assertThat(pool.at("/members/0/weight").asInt()).isEqualTo(2);

        String lead = workspace.submitAndGetRep(poolId, 1);
        assertThat(lead).isEqualTo("Ana");
    }

    @Test
    void bad_updates_are_typed_errors_naming_the_field_and_change_nothing() {
        Map<String, JsonNode> errors = new HashMap<>();
        errors.put(
                "unknown member", update(Map.of("members", List.of(Map.of("repId", ana), Map.of("repId", "ghost")))));
        errors.put("duplicate member", update(Map.of("members", List.of(Map.of("repId", ana), Map.of("repId", ana)))));
        errors.put("bad weight", update(Map.of("members", List.of(Map.of("repId", ana, "weight", 0)))));
        errors.put("settings of another strategy", update(Map.of("strategy", "ROUND_ROBIN")));
        errors.put("negative maxLead", update(Map.of("maxLead", -1)));
        errors.put("overflow into itself", update(Map.of("overflowPoolId", poolId)));
        errors.put("unknown overflow rep", update(Map.of("overflowRepId", "ghost")));
        errors.put("bad zone", update(Map.of("timeZone", "Moon/Base")));
        errors.put("blank name", update(Map.of("name", " ")));
        errors.put("unknown pool", update(Map.of("poolId", "no-such-pool")));

        assertThat(errors)
                .allSatisfy((why, payload) ->
                        assertThat(payload.at("/pool").isNull()).as(why).isTrue());
        assertThat(error(errors.get("unknown member"))).isEqualTo("NOT_FOUND members[1].repId");
        assertThat(error(errors.get("duplicate member"))).isEqualTo("DUPLICATE members[1].repId");
        assertThat(error(errors.get("bad weight"))).isEqualTo("OUT_OF_RANGE members[0].weight");
        assertThat(error(errors.get("settings of another strategy"))).isEqualTo("INVALID_FORMAT equalDistribution");
        assertThat(error(errors.get("negative maxLead"))).isEqualTo("OUT_OF_RANGE maxLead");
        assertThat(error(errors.get("overflow into itself"))).isEqualTo("INVALID_FORMAT overflowPoolId");
        assertThat(error(errors.get("unknown overflow rep"))).isEqualTo("NOT_FOUND overflowRepId");
        assertThat(error(errors.get("bad zone"))).isEqualTo("INVALID_FORMAT timeZone");
        assertThat(error(errors.get("blank name"))).isEqualTo("REQUIRED name");
        assertThat(error(errors.get("unknown pool"))).isEqualTo("NOT_FOUND poolId");
        JsonNode unchanged = read();
        assertThat(unchanged.at("/name").asString()).isEqualTo("Inbound");
        assertThat(unchanged.at("/strategy").asString()).isEqualTo("ROUND_ROBIN");
        assertThat(unchanged.at("/members").size()).isEqualTo(2);
    }

    @Test
    void bad_settings_on_create_are_typed_errors_and_store_nothing() {
        int before = graphQl.execute("{ pools(first: 100) { nodes { id } } }")
                .at("/data/pools/nodes")
                .size();

        JsonNode settings = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "P",
                                        "strategy",
                                        "WEIGHTED_ROUND_ROBIN",
                                        "equalDistribution",
                                        Map.of("window", "DAY"),
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/createPool");
        JsonNode maxLead = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of("name", "P", "maxLead", 100_001, "members", List.of(Map.of("repId", ana)))))
                .at("/data/createPool");

        assertThat(error(settings)).isEqualTo("INVALID_FORMAT equalDistribution");
        assertThat(error(maxLead)).isEqualTo("OUT_OF_RANGE maxLead");
        assertThat(graphQl.execute("{ pools(first: 100) { nodes { id } } }")
                        .at("/data/pools/nodes")
                        .size())
                .isEqualTo(before);
    }

    @Test
    void a_pool_a_router_or_another_pool_names_cannot_be_deleted_until_nothing_does() {
        String overflowing = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Spill",
                                        "overflowPoolId",
                                        poolId,
                                        "members",
                                        List.of(Map.of("repId", ben)))))
                .at("/data/createPool/pool/id")
                .asString();
        JsonNode router = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Inbound",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", poolId))))
                .at("/data/createRouter/router");

        JsonNode byRouter = graphQl.execute(DELETE, Map.of("input", Map.of("poolId", poolId)))
                .at("/data/deletePool");
        assertThat(byRouter.at("/deletedPoolId").isNull()).isTrue();
        assertThat(error(byRouter)).isEqualTo("IN_USE poolId");
        assertThat(byRouter.at("/errors/0/message").asString()).contains("router Inbound (newest version 1)");

        graphQl.execute(
                """
                mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { errors { code } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "routerId",
                                router.at("/id").asString(),
                                "router",
                                Map.of(
                                        "name",
                                        "Inbound",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_REP", "repId", ana)))));
        JsonNode byOverflow = graphQl.execute(DELETE, Map.of("input", Map.of("poolId", poolId)))
                .at("/data/deletePool");
        assertThat(error(byOverflow)).isEqualTo("IN_USE poolId");
        assertThat(byOverflow.at("/errors/0/message").asString()).contains("pool Spill overflows into it");
        assertThat(read().isNull()).as("still there").isFalse();

        graphQl.execute(DELETE, Map.of("input", Map.of("poolId", overflowing)));
        JsonNode deleted = graphQl.execute(DELETE, Map.of("input", Map.of("poolId", poolId)))
                .at("/data/deletePool");

        assertThat(deleted.at("/errors").size()).as(deleted.toString()).isZero();
        assertThat(deleted.at("/deletedPoolId").asString()).isEqualTo(poolId);
        assertThat(read().isNull()).isTrue();
        JsonNode again = graphQl.execute(DELETE, Map.of("input", Map.of("poolId", poolId)))
                .at("/data/deletePool");
        assertThat(error(again)).isEqualTo("NOT_FOUND poolId");
    }

    @Test
    void a_pool_named_by_a_live_router_version_cannot_be_deleted_even_when_a_newer_draft_does_not_name_it() {
        JsonNode router = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Live",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", poolId))))
                .at("/data/createRouter/router");
        String routerId = router.at("/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        graphQl.execute(
                """
                mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { errors { code } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "routerId",
                                routerId,
                                "router",
                                Map.of(
                                        "name",
                                        "Live",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_REP", "repId", ana)))));

        JsonNode refused = graphQl.execute(DELETE, Map.of("input", Map.of("poolId", poolId)))
                .at("/data/deletePool");

        assertThat(error(refused)).isEqualTo("IN_USE poolId");
        assertThat(refused.at("/errors/0/message").asString()).contains("router Live (live version 1)");
    }

    @Test
    void a_member_too_far_ahead_today_is_passed_over_and_explained_with_its_counts_and_caps() {
        // At noon in the pool's zone (UTC by default), so the five leads fall on one day.
        TestClock.app().setBackTo(DayOfWeek.WEDNESDAY, LocalTime.NOON, ZoneOffset.UTC);
        JsonNode pool = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Balanced",
                                        "strategy",
                                        "WEIGHTED_ROUND_ROBIN",
                                        "maxLead",
                                        1,
                                        "members",
                                        List.of(
                                                Map.of("repId", ana, "weight", 3, "dailyCap", 50),
                                                Map.of("repId", ben)))))
                .at("/data/createPool/pool");
        String id = pool.at("/id").asString();
        for (int n = 0; n < 4; n++) {
            workspace.submitAndGetRep(id, n);
        }

        JsonNode fifth = graphQl.execute("""
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { assignment { rep { name }
                  explanation { candidates { rep { name } chosen skipped today weight effectiveWeight dailyCap window } } } } }""", Map.of("input", Workspace.lead(id, 4, Map.of())))
                .at("/data/submitLead/assignment");

        assertThat(pool.at("/maxLead").asInt()).isEqualTo(1);
        assertThat(fifth.at("/rep/name").asString()).isEqualTo("Ben");
        JsonNode passedOver = fifth.at("/explanation/candidates/0");
        assertThat(passedOver.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(passedOver.at("/skipped").asString()).isEqualTo("AHEAD_OF_OTHERS");
        assertThat(passedOver.at("/today").asInt()).isEqualTo(3);
        assertThat(passedOver.at("/effectiveWeight").asDouble()).isEqualTo(3.0);
        assertThat(passedOver.at("/dailyCap").asInt()).isEqualTo(50);
        assertThat(passedOver.at("/window").isNull()).isTrue();
    }

    private static String error(JsonNode payload) {
        assertThat(payload.at("/errors").size()).as(payload.toString()).isEqualTo(1);
        return payload.at("/errors/0/code").asString() + " "
                + payload.at("/errors/0/field").asString();
    }
}
