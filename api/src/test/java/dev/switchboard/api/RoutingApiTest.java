package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Routers, forms and accounts through the real /graphql endpoint, and leads routed by them. */
class RoutingApiTest extends ApiTest {

    private static final String ROUTER_FIELDS = """
            router { id version liveVersion rules { name action { type pool { name } rep { name } fallback { type } }
              condition { __typename ... on FieldCondition { field operator values }
                ... on ConditionGroup { join conditions { __typename ... on TerritoryCondition { territories { country postalPrefix } } } } } }
              fallback { type pool { id } } }
            errors { code field message }""";

    String ana;
    String ben;
    String director;
    String team;

    @BeforeEach
    void givenATeamAndADirector() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        director = workspace.rep("Dee");
        team = workspace.pool("Team", List.of(ana, ben));
    }

    private Map<String, Object> inbound() {
        return Map.of(
                "name",
                "Inbound",
                "rules",
                List.of(
                        Map.of(
                                "name",
                                "Big deals",
                                "condition",
                                Map.of("field", "DEAL_VALUE", "operator", "GREATER_THAN", "values", List.of("100000")),
                                "action",
                                Map.of("type", "ESCALATE", "repId", director, "reason", "deal over 100k")),
                        Map.of(
                                "name",
                                "Paris or Germany",
                                "condition",
                                Map.of(
                                        "any",
                                        List.of(
                                                Map.of(
                                                        "territories",
                                                        List.of(Map.of("country", "France", "postalPrefix", "75"))),
                                                Map.of(
                                                        "field",
                                                        "COUNTRY",
                                                        "operator",
                                                        "IN",
                                                        "values",
                                                        List.of("DE", "Germany")))),
                                "action",
                                Map.of("type", "ROUTE_TO_REP", "repId", ben)),
                        Map.of(
                                "name",
                                "Accounts",
                                "action",
                                Map.of(
                                        "type",
                                        "ROUTE_TO_ACCOUNT_OWNER",
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", team)))),
                "fallback",
                Map.of("type", "ROUTE_TO_POOL", "poolId", team));
    }

    private JsonNode createRouter(Map<String, Object> router) {
        return graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { " + ROUTER_FIELDS
                                + " } }",
                        Map.of("input", router))
                .at("/data/createRouter");
    }

    private String publishedForm(Map<String, Object> router) {
        String routerId = createRouter(router).at("/router/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        return graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } errors { code field } } }",
                        Map.of("input", Map.of("name", "Contact sales", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
    }

    @Test
    void a_router_is_created_as_a_draft_and_reads_back_with_its_rules() {
        JsonNode created = createRouter(inbound());

        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        assertThat(created.at("/router/version").asInt()).isEqualTo(1);
        assertThat(created.at("/router/liveVersion").isNull()).isTrue();
        assertThat(created.at("/router/rules/0/condition/__typename").asString())
                .isEqualTo("FieldCondition");
        assertThat(created.at("/router/rules/1/condition/conditions/0/territories/0/country")
                        .asString())
                .isEqualTo("FR");
        assertThat(created.at("/router/rules/0/action/rep/name").asString()).isEqualTo("Dee");
        assertThat(created.at("/router/rules/2/action/fallback/type").asString())
                .isEqualTo("ROUTE_TO_POOL");
    }

    @Test
    void a_rules_condition_reads_back_flat_in_one_query_whatever_its_depth_with_each_nodes_path_as_errors_name_it() {
        Map<String, Object> deep = Map.of("field", "SCORE", "operator", "BETWEEN", "values", List.of("10", "90"));
        for (int level = 0; level < 6; level++) {
            deep = Map.of(level % 2 == 0 ? "any" : "all", List.of(deep));
        }
        Map<String, Object> router = Map.of(
                "name",
                "Deep",
                "rules",
                List.of(Map.of(
                        "name",
                        "Nested",
                        "condition",
                        Map.of(
                                "all",
                                List.of(
                                        Map.of(
                                                "territories",
                                                List.of(Map.of("country", "France", "postalPrefix", "75"))),
                                        deep)),
                        "action",
                        Map.of("type", "ROUTE_TO_REP", "repId", ben))),
                "fallback",
                Map.of("type", "ROUTE_TO_POOL", "poolId", team));
        String id = createRouter(router).at("/router/id").asString();

        JsonNode nodes = graphQl.execute(
                        "query($id: ID!) { router(id: $id) { rules { conditionNodes { path join field attribute "
                                + "operator values territories { country postalPrefix } } } } }",
                        Map.of("id", id))
                .at("/data/router/rules/0/conditionNodes");

        assertThat(nodes.findValues("path").stream().map(JsonNode::asString))
                .containsExactly(
                        "",
                        "all[0]",
                        "all[1]",
                        "all[1].all[0]",
                        "all[1].all[0].any[0]",
                        "all[1].all[0].any[0].all[0]",
                        "all[1].all[0].any[0].all[0].any[0]",
                        "all[1].all[0].any[0].all[0].any[0].all[0]",
                        "all[1].all[0].any[0].all[0].any[0].all[0].any[0]");
        assertThat(nodes.at("/0/join").asString()).isEqualTo("ALL");
        assertThat(nodes.at("/1/territories/0/country").asString()).isEqualTo("FR");
        assertThat(nodes.at("/1/join").isNull()).isTrue();
        assertThat(nodes.at("/8/field").asString()).isEqualTo("SCORE");
        assertThat(nodes.at("/8/operator").asString()).isEqualTo("BETWEEN");
        assertThat(nodes.at("/8/values/1").asString()).isEqualTo("90");
    }

    @Test
    void leads_through_a_form_follow_its_published_router_and_the_decision_explains_itself() {
        String form = publishedForm(inbound());
        graphQl.execute(
                "mutation($input: CreateAccountInput!) { createAccount(input: $input) { errors { code } } }",
                Map.of("input", Map.of("name", "Acme", "domains", List.of("acme.com"), "ownerId", ana)));

        JsonNode paris = workspace
                .submit(Map.of(
                        "formId",
                        form,
                        "name",
                        "Lou",
                        "email",
                        "lou@globex.example",
                        "country",
                        "France",
                        "postalCode",
                        "75011"))
                .at("/data/submitLead/assignment");
        JsonNode bigDeal = workspace
                .submit(Map.of("formId", form, "name", "Kim", "email", "kim@globex.example", "dealValue", "250000"))
                .at("/data/submitLead/assignment");
        JsonNode accountLead = workspace
                .submit(Map.of("formId", form, "name", "Jo", "email", "jo@eu.acme.com"))
                .at("/data/submitLead");
        JsonNode account = accountLead.at("/assignment");

        assertThat(paris.at("/rep/name").asString()).isEqualTo("Ben");
        assertThat(paris.at("/explanation/reason").asString()).isEqualTo("rule \"Paris or Germany\": to Ben");
        assertThat(bigDeal.at("/rep/name").asString()).isEqualTo("Dee");
        assertThat(account.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(account.at("/explanation/reason").asString())
                .isEqualTo("rule \"Accounts\": account Acme is owned by Ana");
        JsonNode misses = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { assignment { explanation { misses { rule failed } } } } }",
                        Map.of("id", accountLead.at("/lead/id").asString()))
                .at("/data/lead/assignment/explanation/misses");
        assertThat(misses.findValuesAsString("rule")).containsExactly("Big deals", "Paris or Germany");
        assertThat(misses.at("/0/failed").asString()).isEqualTo("deal value is empty, so not greater than 100000");
    }

    @Test
    void a_rule_naming_an_unknown_pool_or_an_operator_unfit_for_its_field_is_a_typed_error_and_nothing_is_saved() {
        int before = graphQl.execute("{ routers(first: 100) { nodes { id } } }")
                .at("/data/routers/nodes")
                .size();
        Map<String, Object> unknownPool = Map.of(
                "name",
                "Broken",
                "rules",
                List.of(
                        Map.of("name", "Ok", "action", Map.of("type", "ROUTE_TO_REP", "repId", ana)),
                        Map.of("name", "Gone", "action", Map.of("type", "ROUTE_TO_POOL", "poolId", "no-such-pool"))),
                "fallback",
                Map.of("type", "ROUTE_TO_REP", "repId", ana));
        Map<String, Object> badOperator = Map.of(
                "name",
                "Broken",
                "rules",
                List.of(Map.of(
                        "name",
                        "Size",
                        "condition",
                        Map.of(
                                "all",
                                List.of(Map.of("field", "EMPLOYEES", "operator", "CONTAINS", "values", List.of("5")))),
                        "action",
                        Map.of("type", "ROUTE_TO_REP", "repId", ana))),
                "fallback",
                Map.of("type", "ROUTE_TO_REP", "repId", ana));
        Map<String, Object> noFallbackTarget =
                Map.of("name", "Broken", "rules", List.of(), "fallback", Map.of("type", "ROUTE_TO_POOL"));

        JsonNode pool = createRouter(unknownPool).at("/errors/0");
        JsonNode operator = createRouter(badOperator).at("/errors/0");
        JsonNode fallback = createRouter(noFallbackTarget).at("/errors/0");

        assertThat(pool.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(pool.at("/field").asString()).isEqualTo("rules[1].action.poolId");
        assertThat(operator.at("/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(operator.at("/field").asString()).isEqualTo("rules[0].condition.all[0].operator");
        assertThat(fallback.at("/code").asString()).isEqualTo("REQUIRED");
        assertThat(fallback.at("/field").asString()).isEqualTo("fallback.poolId");
        assertThat(graphQl.execute("{ routers(first: 100) { nodes { id } } }")
                        .at("/data/routers/nodes")
                        .size())
                .isEqualTo(before);
    }

    @Test
    void a_revision_stays_a_draft_that_a_simulation_can_try_until_it_is_published() {
        String form = publishedForm(inbound());
        String routerId = graphQl.execute("{ forms(first: 100) { nodes { id router { id } } } }")
                .at("/data/forms/nodes")
                .valueStream()
                .filter(f -> f.at("/id").asString().equals(form))
                .findFirst()
                .orElseThrow()
                .at("/router/id")
                .asString();
        JsonNode revised = graphQl.execute(
                        "mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { " + ROUTER_FIELDS
                                + " } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "routerId",
                                        routerId,
                                        "router",
                                        Map.of(
                                                "name",
                                                "Inbound v2",
                                                "rules",
                                                List.of(),
                                                "fallback",
                                                Map.of("type", "ROUTE_TO_REP", "repId", director)))))
                .at("/data/reviseRouter/router");
        String simulate = """
                query($input: SubmitLeadInput!, $version: Int) { simulateRouting(input: $input, routerVersion: $version) {
                  assignment { rep { name } explanation { routerVersion reason } } errors { code field } } }""";
        Map<String, Object> lead = Map.of("formId", form, "name", "Sam", "email", "sam@globex.example");

        JsonNode live = graphQl.execute(simulate, Map.of("input", lead)).at("/data/simulateRouting/assignment");
        JsonNode draft =
                graphQl.execute(simulate, Map.of("input", lead, "version", 2)).at("/data/simulateRouting/assignment");
        JsonNode submitted = workspace.submit(lead).at("/data/submitLead/assignment");

        assertThat(revised.at("/version").asInt()).isEqualTo(2);
        assertThat(revised.at("/liveVersion").asInt()).isEqualTo(1);
        assertThat(live.at("/explanation/routerVersion").asInt()).isEqualTo(1);
        assertThat(draft.at("/rep/name").asString()).isEqualTo("Dee");
        assertThat(draft.at("/explanation/reason").asString()).isEqualTo("no rule matched, so the fallback: to Dee");
        assertThat(submitted.at("/rep/name").asString())
                .as("simulations took no turn: the first real lead gets the first member")
                .isEqualTo("Ana")
                .isEqualTo(live.at("/rep/name").asString());
    }

    @Test
    void qualification_screens_free_mail_and_scores_leads_into_tiers_that_rules_can_use() {
        String update =
                "mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) { qualification { hotAt freeMailDomains } errors { code field message } } }";
        JsonNode updated = graphQl.execute(
                        update,
                        Map.of(
                                "input",
                                Map.of(
                                        "rejectFreeMail",
                                        true,
                                        "hotAt",
                                        50,
                                        "warmAt",
                                        20,
                                        "scoringRules",
                                        List.of(Map.of(
                                                "name",
                                                "Executives",
                                                "points",
                                                60,
                                                "condition",
                                                Map.of(
                                                        "field",
                                                        "JOB_TITLE",
                                                        "operator",
                                                        "CONTAINS",
                                                        "values",
                                                        List.of("vp")))))))
                .at("/data/updateQualification");
        try {
            String form = publishedForm(Map.of(
                    "name",
                    "Tiers",
                    "rules",
                    List.of(Map.of(
                            "name",
                            "Hot",
                            "condition",
                            Map.of("field", "TIER", "operator", "EQUALS", "values", List.of("hot")),
                            "action",
                            Map.of("type", "ROUTE_TO_REP", "repId", director))),
                    "fallback",
                    Map.of("type", "ROUTE_TO_POOL", "poolId", team)));

            JsonNode personal = workspace
                    .submit(Map.of("formId", form, "name", "Pat", "email", "pat@gmail.com"))
                    .at("/data/submitLead/assignment");
            JsonNode hot = workspace
                    .submit(Map.of(
                            "formId", form, "name", "Val", "email", "val@initech.example", "jobTitle", "VP Sales"))
                    .at("/data/submitLead/assignment");

            assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
            assertThat(updated.at("/qualification/freeMailDomains").toString()).contains("gmail.com");
            assertThat(personal.at("/outcome").asString()).isEqualTo("DISQUALIFIED");
            assertThat(personal.at("/explanation/reason").asString())
                    .isEqualTo("disqualified before routing: free-mail address (gmail.com)");
            assertThat(hot.at("/rep/name").asString()).isEqualTo("Dee");
        } finally {
            Map<String, Object> defaults = new java.util.HashMap<>();
            for (String field : List.of("rejectFreeMail", "freeMailDomains", "scoringRules", "hotAt", "warmAt")) {
                defaults.put(field, null);
            }
            graphQl.execute(update, Map.of("input", defaults));
        }
    }

    @Test
    void qualification_with_tiers_out_of_order_is_a_typed_error() {
        JsonNode payload = graphQl.execute(
                        "mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) { errors { code field } } }",
                        Map.of("input", Map.of("rejectFreeMail", false, "hotAt", 10, "warmAt", 20)))
                .at("/data/updateQualification");

        assertThat(payload.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(payload.at("/errors/0/field").asString()).isEqualTo("hotAt");
    }

    @Test
    void a_draft_replayed_over_past_leads_shows_per_rep_counts_and_each_changed_decision() {
        String form = publishedForm(Map.of(
                "name", "Replayed", "rules", List.of(), "fallback", Map.of("type", "ROUTE_TO_POOL", "poolId", team)));
        String routerId = graphQl.execute("{ forms(first: 100) { nodes { id router { id } } } }")
                .at("/data/forms/nodes")
                .valueStream()
                .filter(f -> f.at("/id").asString().equals(form))
                .findFirst()
                .orElseThrow()
                .at("/router/id")
                .asString();
        workspace.submit(Map.of("formId", form, "name", "Uno", "email", "uno@globex.example", "country", "Spain"));
        String french = workspace
                .submit(Map.of("formId", form, "name", "Deux", "email", "deux@globex.example", "country", "France"))
                .at("/data/submitLead/lead/id")
                .asString();
        graphQl.execute(
                "mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { errors { code } } }",
                Map.of(
                        "input",
                        Map.of(
                                "routerId",
                                routerId,
                                "router",
                                Map.of(
                                        "name",
                                        "Replayed",
                                        "rules",
                                        List.of(Map.of(
                                                "name",
                                                "France",
                                                "condition",
                                                Map.of(
                                                        "field",
                                                        "COUNTRY",
                                                        "operator",
                                                        "EQUALS",
                                                        "values",
                                                        List.of("France")),
                                                "action",
                                                Map.of("type", "ROUTE_TO_REP", "repId", director))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", team)))));

        JsonNode replay = graphQl.execute(
                        """
                query($input: ReplayRouterInput!) { replayRouter(input: $input) {
                  replay { leads before { rep { name } leads } after { rep { name } leads }
                    changes { totalCount nodes { lead { id } repBefore { name } repAfter { name } reasonAfter } } }
                  errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "routerId",
                                        routerId,
                                        "version",
                                        2,
                                        "from",
                                        TestClock.app()
                                                .instant()
                                                .minus(1, ChronoUnit.DAYS)
                                                .toString(),
                                        "to",
                                        TestClock.app()
                                                .instant()
                                                .plus(1, ChronoUnit.DAYS)
                                                .toString())))
                .at("/data/replayRouter");

        assertThat(replay.at("/errors").size()).as(replay.toString()).isZero();
        assertThat(replay.at("/replay/leads").asInt()).isEqualTo(2);
        assertThat(replay.at("/replay/before").toString())
                .contains("\"name\":\"Ana\"")
                .contains("\"name\":\"Ben\"");
        assertThat(replay.at("/replay/after").toString()).contains("\"name\":\"Dee\"");
        assertThat(replay.at("/replay/changes/nodes").size()).isEqualTo(1);
        assertThat(replay.at("/replay/changes/totalCount").asInt()).isEqualTo(1);
        assertThat(replay.at("/replay/changes/nodes/0/lead/id").asString()).isEqualTo(french);
        assertThat(replay.at("/replay/changes/nodes/0/repBefore/name").asString())
                .isEqualTo("Ben");
        assertThat(replay.at("/replay/changes/nodes/0/repAfter/name").asString())
                .isEqualTo("Dee");
    }

    @Test
    void a_router_a_form_uses_cannot_be_deleted_until_the_form_points_elsewhere_or_is_gone() {
        String form = publishedForm(inbound());
        String first = graphQl.execute("{ forms(first: 100) { nodes { id router { id } } } }")
                .at("/data/forms/nodes")
                .valueStream()
                .filter(f -> f.at("/id").asString().equals(form))
                .findFirst()
                .orElseThrow()
                .at("/router/id")
                .asString();
        String second = createRouter(inbound()).at("/router/id").asString();
        String deleteRouter =
                "mutation($input: DeleteRouterInput!) { deleteRouter(input: $input) { routerId errors { code field message } } }";

        JsonNode refused = graphQl.execute(deleteRouter, Map.of("input", Map.of("routerId", first)))
                .at("/data/deleteRouter");
        JsonNode moved = graphQl.execute(
                        "mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { name router { id } } errors { code field } } }",
                        Map.of("input", Map.of("formId", form, "name", "Talk to sales", "routerId", second)))
                .at("/data/updateForm");
        JsonNode deleted = graphQl.execute(deleteRouter, Map.of("input", Map.of("routerId", first)))
                .at("/data/deleteRouter");
        JsonNode again = graphQl.execute(deleteRouter, Map.of("input", Map.of("routerId", first)))
                .at("/data/deleteRouter/errors/0");
        JsonNode formGone = graphQl.execute(
                        "mutation($input: DeleteFormInput!) { deleteForm(input: $input) { form { id } errors { code } } }",
                        Map.of("input", Map.of("formId", form)))
                .at("/data/deleteForm");

        assertThat(refused.at("/errors/0/code").asString()).isEqualTo("IN_USE");
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("routerId");
        assertThat(refused.at("/errors/0/message").asString()).contains("Contact sales");
        assertThat(moved.at("/form/name").asString()).isEqualTo("Talk to sales");
        assertThat(moved.at("/form/router/id").asString()).isEqualTo(second);
        assertThat(deleted.at("/routerId").asString()).isEqualTo(first);
        assertThat(graphQl.execute("query($id: ID!) { router(id: $id) { id } }", Map.of("id", first))
                        .at("/data/router")
                        .isNull())
                .isTrue();
        assertThat(graphQl.execute("{ routers(first: 100) { nodes { id } } }")
                        .at("/data/routers/nodes")
                        .findValuesAsString("id"))
                .doesNotContain(first);
        assertThat(graphQl.execute("query($id: ID!) { router(id: $id, version: 1) { version } }", Map.of("id", first))
                        .at("/data/router/version")
                        .asInt())
                .as("a retired router's versions still explain its decisions")
                .isEqualTo(1);
        assertThat(again.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(formGone.at("/form/id").asString()).isEqualTo(form);
        assertThat(workspace
                        .submit(Map.of("formId", form, "name", "Jo", "email", "jo@x.example"))
                        .at("/data/submitLead/errors/0/field")
                        .asString())
                .isEqualTo("formId");
    }
}
