package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A rule whose pool passes every member over can fall through to the next rule or the router's fallback (issue 13). */
class FallThroughApiTest extends ApiTest {

    private static final String ROUTER_FIELDS = """
            router { id rules { name action { type whenPassedOver pool { id } } } fallback { type whenPassedOver } }
            errors { code field message }""";
    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { outcome rep { name } pool { id }
                explanation { rule reason reasonCode steps { code values { name value } } candidates { rep { name } skipped } } }
              errors { code field message } } }""";

    String ana;
    String ben;
    String dee;
    String enterprise;
    String midMarket;

    @BeforeEach
    void givenAnEnterprisePoolWhoseOnlyMemberIsInactive() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        dee = workspace.rep("Dee");
        enterprise = workspace.pool("Enterprise", List.of(ana));
        midMarket = workspace.pool("Mid-market", List.of(ben));
        JsonNode status = graphQl.execute("""
                mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code field } } }""", Map.of("input", Map.of("repId", ana, "active", false)))
                .at("/data/setRepStatus");
        assertThat(status.at("/errors").size()).as(status.toString()).isZero();
    }

    private Map<String, Object> router(String whenPassedOver) {
        Map<String, Object> toEnterprise = whenPassedOver == null
                ? Map.of("type", "ROUTE_TO_POOL", "poolId", enterprise)
                : Map.of("type", "ROUTE_TO_POOL", "poolId", enterprise, "whenPassedOver", whenPassedOver);
        return Map.of(
                "name",
                "Inbound " + whenPassedOver,
                "rules",
                List.of(
                        Map.of("name", "Enterprise", "action", toEnterprise),
                        Map.of("name", "Mid-market", "action", Map.of("type", "ROUTE_TO_POOL", "poolId", midMarket))),
                "fallback",
                Map.of("type", "ROUTE_TO_REP", "repId", dee));
    }

    private JsonNode createRouter(Map<String, Object> router) {
        return graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { " + ROUTER_FIELDS
                                + " } }",
                        Map.of("input", router))
                .at("/data/createRouter");
    }

    private JsonNode submitThrough(Map<String, Object> router) {
        JsonNode created = createRouter(router);
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        String routerId = created.at("/router/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        String form = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact sales", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
        JsonNode payload = graphQl.execute(
                        SUBMIT, Map.of("input", Map.of("formId", form, "name", "Lou", "email", "lou@globex.example")))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    @Test
    void a_rule_says_what_its_pool_does_when_everyone_is_passed_over_and_reads_it_back_unassigned_by_default() {
        JsonNode created = createRouter(router("NEXT_RULE")).at("/router");

        assertThat(created.at("/rules/0/action/whenPassedOver").asString()).isEqualTo("NEXT_RULE");
        assertThat(created.at("/rules/1/action/whenPassedOver").asString()).isEqualTo("UNASSIGNED");
        assertThat(created.at("/fallback/whenPassedOver").isNull())
                .as("only pool actions have it")
                .isTrue();
        JsonNode read = graphQl.execute(
                        "query($id: ID!) { router(id: $id) { rules { action { whenPassedOver } } } }",
                        Map.of("id", created.at("/id").asString()))
                .at("/data/router");
        assertThat(read.at("/rules/0/action/whenPassedOver").asString())
                .as("stored with the version")
                .isEqualTo("NEXT_RULE");
    }

    @Test
    void next_rule_sends_the_lead_on_to_the_next_matching_rule_and_explains_the_fall() {
        JsonNode decided = submitThrough(router("NEXT_RULE"));

        assertThat(decided.at("/outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(decided.at("/rep/name").asString()).isEqualTo("Ben");
        assertThat(decided.at("/pool/id").asString()).isEqualTo(midMarket);
        assertThat(decided.at("/explanation/rule").asString()).isEqualTo("Mid-market");
        assertThat(decided.at("/explanation/reasonCode").asString()).isEqualTo("FELL_THROUGH");
        assertThat(decided.at("/explanation/steps").findValuesAsString("code"))
                .containsExactly("FELL_THROUGH", "POOL_PASSED_OVER", "POOL_DREW");
        assertThat(CapsApiTest.values(decided.at("/explanation/steps/0/values")))
                .containsEntry("rule", "Enterprise")
                .containsEntry("to", "NEXT_RULE")
                .containsEntry("nextRule", "Mid-market");
        assertThat(decided.at("/explanation/candidates/0/skipped").asString()).isEqualTo("INACTIVE");
        assertThat(decided.at("/explanation/reason").asString())
                .contains("rule Enterprise sent the lead to pool Enterprise")
                .contains("so it fell through to rule Mid-market: pool Mid-market");
    }

    @Test
    void fallback_sends_the_lead_to_the_routers_fallback_and_unassigned_keeps_todays_behaviour() {
        JsonNode fallback = submitThrough(router("FALLBACK"));
        JsonNode unassigned = submitThrough(router(null));

        assertThat(fallback.at("/rep/name").asString()).isEqualTo("Dee");
        assertThat(fallback.at("/explanation/reasonCode").asString()).isEqualTo("FELL_THROUGH");
        assertThat(CapsApiTest.values(fallback.at("/explanation/steps/0/values")))
                .containsEntry("to", "FALLBACK")
                .doesNotContainKey("nextRule");
        assertThat(fallback.at("/explanation/reason").asString())
                .contains("fell through to the router's fallback: to Dee");
        assertThat(unassigned.at("/outcome").asString()).isEqualTo("UNASSIGNED");
        assertThat(unassigned.at("/explanation/reasonCode").asString()).isEqualTo("POOL_PASSED_OVER");
    }

    @Test
    void the_routers_own_fallback_cannot_fall_through_and_the_error_names_the_field() {
        JsonNode rejected = createRouter(Map.of(
                "name",
                "Loop",
                "rules",
                List.of(),
                "fallback",
                Map.of("type", "ROUTE_TO_POOL", "poolId", enterprise, "whenPassedOver", "NEXT_RULE")));

        assertThat(rejected.at("/router").isNull()).isTrue();
        assertThat(rejected.at("/errors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(rejected.at("/errors/0/field").asString()).isEqualTo("fallback.whenPassedOver");
    }
}
