package dev.switchboard.api;

import static dev.switchboard.api.EveryErrorAtOnceApiTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The configuration mutations (routers, pools, meeting types, availability, accounts) answer input with several
 * independent faults with every one of them, each with its code and the path of the field at fault, and save nothing.
 */
class EveryConfigurationErrorAtOnceApiTest extends ApiTest {

    private static final String CREATE_ROUTER = """
            mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field message } } }""";

    private int routerCount() {
        return graphQl.execute("{ routers { totalCount } }", Map.of())
                .at("/data/routers/totalCount")
                .asInt();
    }

    /** Three rules and a fallback, with faults in rule 0's condition, rule 2's action and the fallback. */
    private static Map<String, Object> routerWithThreeFaults(String pool) {
        return Map.of(
                "name",
                "Faulty",
                "rules",
                List.of(
                        Map.of(
                                "name",
                                "French enterprise",
                                "condition",
                                Map.of(
                                        "all",
                                        List.of(
                                                Map.of(
                                                        "field",
                                                        "COUNTRY",
                                                        "operator",
                                                        "EQUALS",
                                                        "values",
                                                        List.of("FR")),
                                                Map.of(
                                                        "field",
                                                        "EMPLOYEES",
                                                        "operator",
                                                        "BETWEEN",
                                                        "values",
                                                        List.of("10")))),
                                "action",
                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool)),
                        Map.of("name", "Fine", "action", Map.of("type", "ROUTE_TO_POOL", "poolId", pool)),
                        Map.of("name", "No pool", "action", Map.of("type", "ROUTE_TO_POOL"))),
                "fallback",
                Map.of("type", "ROUTE_TO_REP"));
    }

    @Test
    void create_router_with_faults_in_two_rules_and_the_fallback_answers_each_by_its_path_and_saves_nothing() {
        String pool = workspace.pool("Faulty team", List.of(workspace.rep("Ana")));
        int before = routerCount();

        JsonNode payload = graphQl.execute(CREATE_ROUTER, Map.of("input", routerWithThreeFaults(pool)))
                .at("/data/createRouter");

        assertThat(errors(payload))
                .containsExactly(
                        "INVALID_FORMAT rules[0].condition.all[1].values",
                        "REQUIRED rules[2].action.poolId",
                        "REQUIRED fallback.repId");
        assertThat(payload.at("/router").isNull()).isTrue();
        payload.at("/errors")
                .forEach(e -> assertThat(e.at("/message").asString()).isNotBlank());
        assertThat(routerCount()).isEqualTo(before);
    }

    @Test
    void create_router_naming_two_unknown_pools_and_an_unknown_rep_answers_all_three() {
        JsonNode payload = graphQl.execute(
                        CREATE_ROUTER,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Ghosts",
                                        "rules",
                                        List.of(
                                                Map.of(
                                                        "name",
                                                        "One",
                                                        "action",
                                                        Map.of("type", "ROUTE_TO_POOL", "poolId", "no-such-pool")),
                                                Map.of(
                                                        "name",
                                                        "Two",
                                                        "action",
                                                        Map.of("type", "ROUTE_TO_REP", "repId", "no-such-rep"))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", "no-such-fallback-pool"))))
                .at("/data/createRouter");

        assertThat(errors(payload))
                .containsExactly(
                        "NOT_FOUND rules[0].action.poolId",
                        "NOT_FOUND fallback.poolId",
                        "NOT_FOUND rules[1].action.repId");
    }

    @Test
    void create_router_with_two_rules_of_one_name_and_a_blank_name_answers_both() {
        String rep = workspace.rep("Bea");
        Map<String, Object> route = Map.of("type", "ROUTE_TO_REP", "repId", rep);

        JsonNode payload = graphQl.execute(
                        CREATE_ROUTER,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        " ",
                                        "rules",
                                        List.of(
                                                Map.of("name", "Same", "action", route),
                                                Map.of("name", "same", "action", route)),
                                        "fallback",
                                        route)))
                .at("/data/createRouter");

        assertThat(errors(payload)).containsExactly("REQUIRED name", "DUPLICATE rules[1].name");
    }

    @Test
    void revise_router_with_several_faults_answers_each_under_router_and_saves_no_version() {
        String rep = workspace.rep("Cy");
        Map<String, Object> route = Map.of("type", "ROUTE_TO_REP", "repId", rep);
        String id = graphQl.execute(
                        CREATE_ROUTER, Map.of("input", Map.of("name", "Good", "rules", List.of(), "fallback", route)))
                .at("/data/createRouter/router/id")
                .asString();
        String pool = workspace.pool("Revise team", List.of(rep));

        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { router { id } errors { code field } } }""", Map.of("input", Map.of("routerId", id, "router", routerWithThreeFaults(pool))))
                .at("/data/reviseRouter");

        assertThat(errors(payload))
                .containsExactly(
                        "INVALID_FORMAT router.rules[0].condition.all[1].values",
                        "REQUIRED router.rules[2].action.poolId",
                        "REQUIRED router.fallback.repId");
        assertThat(graphQl.execute("query($id: ID!) { router(id: $id) { version } }", Map.of("id", id))
                        .at("/data/router/version")
                        .asInt())
                .isEqualTo(1);
    }

    private static final String CREATE_POOL = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }""";

    private static final String UPDATE_POOL = """
            mutation($input: UpdatePoolInput!) { updatePool(input: $input) { pool { name } errors { code field message } } }""";

    private int poolCount() {
        return graphQl.execute("{ pools { totalCount } }", Map.of())
                .at("/data/pools/totalCount")
                .asInt();
    }

    @Test
    void create_pool_with_two_bad_members_and_a_bad_zone_answers_each_by_its_path_and_saves_nothing() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        int before = poolCount();

        JsonNode payload = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Faulty pool",
                                        "timeZone",
                                        "Mars/Olympus",
                                        "members",
                                        List.of(
                                                Map.of("repId", ana, "weight", 0),
                                                Map.of("repId", ben, "dailyCap", 0)))))
                .at("/data/createPool");

        assertThat(errors(payload))
                .containsExactly(
                        "OUT_OF_RANGE members[0].weight",
                        "OUT_OF_RANGE members[1].dailyCap",
                        "INVALID_FORMAT timeZone");
        assertThat(payload.at("/pool").isNull()).isTrue();
        assertThat(poolCount()).isEqualTo(before);
    }

    @Test
    void create_pool_with_a_blank_name_and_a_negative_load_limit_answers_both() {
        JsonNode payload = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        " ",
                                        "maxLead",
                                        -1,
                                        "members",
                                        List.of(Map.of("repId", workspace.rep("Ana"))))))
                .at("/data/createPool");

        assertThat(errors(payload)).containsExactly("REQUIRED name", "OUT_OF_RANGE maxLead");
    }

    @Test
    void update_pool_naming_two_unknown_reps_and_an_unknown_overflow_answers_each_and_changes_nothing() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Kept as it was", List.of(ana));
        String gone = dev.switchboard.domain.model.GlobalId.of(new dev.switchboard.domain.model.RepId("no-such-rep"))
                .value();
        String alsoGone = dev.switchboard.domain.model.GlobalId.of(
                        new dev.switchboard.domain.model.RepId("no-such-rep-either"))
                .value();

        JsonNode payload = graphQl.execute(
                        UPDATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "poolId",
                                        pool,
                                        "name",
                                        "Renamed",
                                        "overflowRepId",
                                        dev.switchboard.domain.model.GlobalId.of(
                                                        new dev.switchboard.domain.model.RepId("no-overflow-rep"))
                                                .value(),
                                        "members",
                                        List.of(
                                                Map.of("repId", ana),
                                                Map.of("repId", gone),
                                                Map.of("repId", alsoGone)))))
                .at("/data/updatePool");

        assertThat(errors(payload))
                .containsExactly("NOT_FOUND members[1].repId", "NOT_FOUND members[2].repId", "NOT_FOUND overflowRepId");
        String name = graphQl.execute("query($id: ID!) { pool(id: $id) { name } }", Map.of("id", pool))
                .at("/data/pool/name")
                .asString();
        assertThat(name).isEqualTo("Kept as it was");
    }

    @Test
    void create_meeting_type_with_a_blank_name_a_short_duration_and_a_long_buffer_answers_all_three() {
        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) {
                          meetingType { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        " ",
                                        "durationMinutes",
                                        1,
                                        "slotIntervalMinutes",
                                        15,
                                        "bufferAfterMinutes",
                                        10_000)))
                .at("/data/createMeetingType");

        assertThat(errors(payload))
                .containsExactly("REQUIRED name", "OUT_OF_RANGE durationMinutes", "OUT_OF_RANGE bufferAfterMinutes");
        assertThat(payload.at("/meetingType").isNull()).isTrue();
    }

    @Test
    void create_account_with_a_bad_domain_and_a_negative_head_count_answers_both_and_saves_nothing() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: CreateAccountInput!) { createAccount(input: $input) {
                          account { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Acme " + tag,
                                        "domains",
                                        List.of("acme-" + tag + ".example", "not a domain"),
                                        "ownerId",
                                        workspace.rep("Ana"),
                                        "employees",
                                        -5)))
                .at("/data/createAccount");

        assertThat(errors(payload)).containsExactly("INVALID_FORMAT domains[1]", "OUT_OF_RANGE employees");
        assertThat(payload.at("/account").isNull()).isTrue();
    }

    @Test
    void set_availability_with_bad_windows_on_two_days_and_a_bad_holiday_answers_each_and_keeps_the_hours() {
        String ana = workspace.rep("Ana");

        JsonNode payload = graphQl.execute(
                        """
                        mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) {
                          errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        ana,
                                        "weekly",
                                        Map.of(
                                                "monday",
                                                List.of(
                                                        Map.of("start", "09:00", "end", "12:00"),
                                                        Map.of("start", "9h", "end", "17:00")),
                                                "wednesday",
                                                List.of(Map.of("start", "10:00", "end", "25:00"))),
                                        "holidays",
                                        List.of("2026-12-25", "Christmas"))))
                .at("/data/setAvailability");

        assertThat(errors(payload))
                .containsExactly(
                        "INVALID_FORMAT weekly.monday[1].start",
                        "INVALID_FORMAT weekly.wednesday[0].end",
                        "INVALID_FORMAT holidays[1]");
        JsonNode monday = graphQl.execute(
                        "query($id: ID!) { availability(repId: $id) { weekly { monday { start end } } } }",
                        Map.of("id", ana))
                .at("/data/availability/weekly/monday");
        assertThat(monday.at("/0/start").asString())
                .as("the standard hours are kept")
                .isNotEqualTo("9h");
    }
}
