package dev.switchboard.api;

import static dev.switchboard.api.EveryErrorAtOnceApiTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A condition sent as {@code when} is exactly one kind of condition ({@code LeadConditionInput @oneOf}: a group, a
 * comparison or territories), for router rules, pool member filters and scoring rules alike. It saves the same tree
 * the older flat spelling ({@code condition}, {@code filter}) saves, which keeps working; both at once are refused,
 * and errors name paths below {@code when}.
 */
class LeadConditionInputApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CREATE_ROUTER = """
            mutation($input: CreateRouterInput!) { createRouter(input: $input) {
              router { rules { conditionNodes { path join field attribute operator values territories { country } } } }
              errors { code field message } } }""";

    private static final String NEW_SPELLING = """
            {"all": [
              {"compare": {"field": "COUNTRY", "operator": "EQUALS", "values": ["FR"]}},
              {"any": [
                {"compare": {"field": "ATTRIBUTE", "attribute": "plan", "operator": "IN", "values": ["pro", "team"]}},
                {"territories": [{"country": "Belgium"}]}]}]}""";

    private static final String OLD_SPELLING = """
            {"all": [
              {"field": "COUNTRY", "operator": "EQUALS", "values": ["FR"]},
              {"any": [
                {"field": "ATTRIBUTE", "attribute": "plan", "operator": "IN", "values": ["pro", "team"]},
                {"territories": [{"country": "Belgium"}]}]}]}""";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return JSON.readValue(text, Map.class);
    }

    private JsonNode createRouter(String pool, String conditionField, Map<String, Object> condition) {
        return graphQl.execute(
                        CREATE_ROUTER,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Conditions",
                                        "rules",
                                        List.of(Map.of(
                                                "name",
                                                "French or Belgian pro",
                                                conditionField,
                                                condition,
                                                "action",
                                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter");
    }

    @Test
    void a_rule_sent_with_when_saves_the_tree_the_older_spelling_saves() {
        String pool = workspace.pool("Conditions team", List.of(workspace.rep("Ana")));

        JsonNode fresh = createRouter(pool, "when", json(NEW_SPELLING));
        JsonNode older = createRouter(pool, "condition", json(OLD_SPELLING));

        assertThat(fresh.at("/errors").size()).as(fresh.toString()).isZero();
        assertThat(older.at("/errors").size()).as(older.toString()).isZero();
        JsonNode nodes = fresh.at("/router/rules/0/conditionNodes");
        assertThat(nodes.findValues("path").stream().map(JsonNode::asString))
                .containsExactly("", "all[0]", "all[1]", "all[1].any[0]", "all[1].any[1]");
        assertThat(nodes.at("/3/attribute").asString()).isEqualTo("plan");
        assertThat(nodes.at("/4/territories/0/country").asString()).isEqualTo("BE");
        assertThat(nodes).isEqualTo(older.at("/router/rules/0/conditionNodes"));
    }

    @Test
    void faults_inside_when_are_named_below_it_and_both_spellings_at_once_are_refused() {
        String pool = workspace.pool("Faulty conditions team", List.of(workspace.rep("Ana")));

        JsonNode faulty = createRouter(pool, "when", json("""
                {"all": [
                  {"compare": {"field": "EMPLOYEES", "operator": "BETWEEN", "values": ["10"]}},
                  {"territories": [{"country": "Atlantis"}]}]}"""));
        JsonNode both = graphQl.execute(
                        CREATE_ROUTER,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Both",
                                        "rules",
                                        List.of(Map.of(
                                                "name",
                                                "Both spellings",
                                                "when",
                                                json(NEW_SPELLING),
                                                "condition",
                                                json(OLD_SPELLING),
                                                "action",
                                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter");

        assertThat(errors(faulty))
                .containsExactly(
                        "INVALID_FORMAT rules[0].when.all[0].compare.values",
                        "INVALID_FORMAT rules[0].when.all[1].territories[0].country");
        assertThat(errors(both)).containsExactly("NOT_AN_OPTION rules[0].condition");
    }

    @Test
    void graphql_itself_refuses_a_when_that_sets_two_kinds() {
        String pool = workspace.pool("Two kinds team", List.of(workspace.rep("Ana")));

        JsonNode refused = graphQl.execute(
                CREATE_ROUTER,
                Map.of(
                        "input",
                        Map.of(
                                "name",
                                "Two kinds",
                                "rules",
                                List.of(Map.of(
                                        "name",
                                        "Two kinds",
                                        "when",
                                        json("""
                                                {"compare": {"field": "COUNTRY", "operator": "EQUALS", "values": ["FR"]},
                                                 "territories": [{"country": "France"}]}"""),
                                        "action",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))),
                                "fallback",
                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool))));

        JsonNode answered = refused.at("/data/createRouter");
        assertThat(answered.isNull() || answered.isMissingNode())
                .as("nothing saved")
                .isTrue();
        assertThat(refused.at("/errors/0/message").asString())
                .as(refused.toString())
                .contains("when")
                .contains("exactly one");
    }

    @Test
    void a_pool_member_and_a_scoring_rule_take_when_too() {
        String ana = workspace.rep("Ana");
        JsonNode pool = graphQl.execute(
                        """
                        mutation($input: CreatePoolInput!) { createPool(input: $input) {
                          pool { members { filterNodes { path field values } } } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Belgian desk",
                                        "members",
                                        List.of(Map.of(
                                                "repId",
                                                ana,
                                                "when",
                                                json("{\"compare\": {\"field\": \"COUNTRY\", \"operator\": \"EQUALS\","
                                                        + " \"values\": [\"BE\"]}}"))))))
                .at("/data/createPool");
        String update = """
                mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) {
                  qualification { scoringRules { name conditionNodes { path join } } } errors { code field message } } }""";
        try {
            JsonNode scored = graphQl.execute(
                            update,
                            Map.of(
                                    "input",
                                    Map.of(
                                            "rejectFreeMail",
                                            false,
                                            "scoringRules",
                                            List.of(
                                                    Map.of(
                                                            "name",
                                                            "French pro",
                                                            "points",
                                                            20,
                                                            "when",
                                                            json(NEW_SPELLING)),
                                                    Map.of("name", "No condition", "points", 5)))))
                    .at("/data/updateQualification");
            JsonNode scoredWell = graphQl.execute(
                            update,
                            Map.of(
                                    "input",
                                    Map.of(
                                            "rejectFreeMail",
                                            false,
                                            "scoringRules",
                                            List.of(Map.of(
                                                    "name", "French pro", "points", 20, "when", json(NEW_SPELLING))))))
                    .at("/data/updateQualification");

            assertThat(pool.at("/errors").size()).as(pool.toString()).isZero();
            assertThat(pool.at("/pool/members/0/filterNodes/0/values/0").asString())
                    .isEqualTo("BE");
            assertThat(errors(scored)).containsExactly("REQUIRED scoringRules[1].when");
            assertThat(scoredWell
                            .at("/qualification/scoringRules/0/conditionNodes/0/join")
                            .asString())
                    .as(scoredWell.toString())
                    .isEqualTo("ALL");
        } finally {
            graphQl.execute(update, Map.of("input", Map.of("rejectFreeMail", false)));
        }
    }
}
