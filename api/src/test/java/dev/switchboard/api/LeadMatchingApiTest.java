package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rule may send a lead to the owner of an earlier lead of the same person (same email, or same phone when asked),
 * submitted in a period: the explanation names the earlier lead, which GraphQL resolves, and an owner who cannot take
 * the lead hands it to the rule's fallback, explained, through the endpoint.
 */
class LeadMatchingApiTest extends ApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id }
              assignment { turn rep { name } explanation { reason reasonCode
                steps { code values { name value } } matchedLead { id email } } }
              errors { code field message } } }""";

    private String pool;

    private String form(Map<String, Object> matchAction) {
        JsonNode router = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) {
                  router { id rules { action { type matchByPhone matchWithinDays fallback { type } } } }
                  errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Same person",
                                        "rules",
                                        List.of(Map.of("name", "Known", "action", matchAction)),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter");
        assertThat(router.at("/errors").size()).as(router.toString()).isZero();
        String routerId = router.at("/router/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        return graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
    }

    private Map<String, Object> toLeadOwner(Map<String, Object> settings) {
        Map<String, Object> action = new HashMap<>(settings);
        action.put("type", "ROUTE_TO_LEAD_OWNER");
        action.put("fallback", Map.of("type", "ROUTE_TO_POOL", "poolId", pool));
        return action;
    }

    private JsonNode submit(String form, String email, Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(more);
        input.put("formId", form);
        input.put("name", "Pat");
        input.put("email", email);
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", input)).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload;
    }

    private static Map<String, String> values(JsonNode step) {
        Map<String, String> byName = new HashMap<>();
        step.at("/values")
                .forEach(
                        v -> byName.put(v.at("/name").asString(), v.at("/value").asString()));
        return byName;
    }

    @Test
    void a_lead_with_the_email_of_an_earlier_one_goes_to_its_owner_without_a_turn_and_names_it() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        pool = workspace.pool("Inbound", List.of(ana, ben));
        String form = form(toLeadOwner(Map.of()));
        String pat = "pat." + System.nanoTime() + "@acme.example";

        JsonNode first = submit(form, pat, Map.of());
        JsonNode again = submit(form, pat.toUpperCase().replace("ACME.EXAMPLE", "acme.example"), Map.of());
        JsonNode someoneElse = submit(form, "sam." + System.nanoTime() + "@acme.example", Map.of());

        assertThat(first.at("/assignment/rep/name").asString()).isEqualTo("Ana");
        assertThat(first.at("/assignment/explanation/reasonCode").asString()).isEqualTo("NO_EARLIER_LEAD");
        assertThat(first.at("/assignment/explanation/matchedLead").isNull()).isTrue();
        assertThat(first.at("/assignment/explanation/reason").asString())
                .startsWith("rule \"Known\": no lead with the same email in the last 90 days has an owner, so pool");

        JsonNode explanation = again.at("/assignment/explanation");
        assertThat(again.at("/assignment/rep/name").asString()).isEqualTo("Ana");
        assertThat(explanation.at("/reasonCode").asString()).isEqualTo("LEAD_OWNER");
        String earlier = first.at("/lead/id").asString();
        assertThat(values(explanation.at("/steps/0")))
                .containsEntry("lead", earlier)
                .containsEntry("matchedBy", "EMAIL")
                .containsEntry("rep", ana);
        assertThat(explanation.at("/matchedLead/id").asString()).isEqualTo(earlier);
        assertThat(explanation.at("/matchedLead/email").asString()).isEqualTo(pat);
        assertThat(explanation.at("/reason").asString())
                .startsWith("rule \"Known\": lead " + GlobalIds.storedId(earlier) + " of ")
                .endsWith(" had the same email, so to its owner Ana");
        assertThat(someoneElse.at("/assignment/rep/name").asString())
                .as("the match took no rotation turn: the pool's next turn is Ben's")
                .isEqualTo("Ben");
    }

    @Test
    void an_owner_who_cannot_take_the_lead_hands_it_to_the_fallback_and_the_explanation_says_why() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        pool = workspace.pool("Inbound", List.of(ana, ben));
        String form = form(toLeadOwner(Map.of()));
        String pat = "pat." + System.nanoTime() + "@acme.example";
        String earlier = submit(form, pat, Map.of()).at("/lead/id").asString();
        graphQl.execute(
                "mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code } } }",
                Map.of("input", Map.of("repId", ana, "active", false)));

        JsonNode again = submit(form, pat, Map.of()).at("/assignment");

        assertThat(again.at("/rep/name").asString()).isEqualTo("Ben");
        JsonNode steps = again.at("/explanation/steps");
        assertThat(steps.findValuesAsString("code"))
                .containsExactly("LEAD_OWNER_UNAVAILABLE", "REP_INACTIVE", "POOL_DREW");
        assertThat(values(steps.get(0))).containsEntry("lead", earlier);
        assertThat(again.at("/explanation/matchedLead/id").asString()).isEqualTo(earlier);
        assertThat(again.at("/explanation/reason").asString())
                .contains("had the same email but rep Ana is inactive, so pool Inbound");
    }

    @Test
    void by_phone_a_lead_with_another_email_matches_on_the_phones_digits() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        pool = workspace.pool("Inbound", List.of(ana, ben));
        String form = form(toLeadOwner(Map.of("matchByPhone", true, "matchWithinDays", 30)));
        String phone = String.valueOf(System.nanoTime()).substring(0, 9);

        JsonNode first = submit(form, "pat." + System.nanoTime() + "@acme.example", Map.of("phone", "+" + phone));
        JsonNode byPhone = submit(
                form,
                "patricia." + System.nanoTime() + "@home.example",
                Map.of("phone", phone.substring(0, 3) + " " + phone.substring(3, 6) + "-" + phone.substring(6)));

        assertThat(byPhone.at("/assignment/rep/name").asString())
                .isEqualTo(first.at("/assignment/rep/name").asString());
        assertThat(values(byPhone.at("/assignment/explanation/steps/0")))
                .containsEntry("matchedBy", "PHONE")
                .containsEntry("lead", first.at("/lead/id").asString());
    }

    @Test
    void a_lead_older_than_the_period_does_not_match() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        pool = workspace.pool("Inbound", List.of(ana, ben));
        String form = form(toLeadOwner(Map.of("matchWithinDays", 7)));
        String pat = "pat." + System.nanoTime() + "@acme.example";
        TestClock.app().setBack(Duration.ofDays(8));
        submit(form, pat, Map.of());
        TestClock.app().resume();

        JsonNode again = submit(form, pat, Map.of()).at("/assignment");

        assertThat(again.at("/explanation/reasonCode").asString()).isEqualTo("NO_EARLIER_LEAD");
        assertThat(values(again.at("/explanation/steps/0"))).containsEntry("days", "7");
    }

    @Test
    void the_period_is_checked_and_the_action_reads_back() {
        String ana = workspace.rep("Ana");
        pool = workspace.pool("Inbound", List.of(ana));
        JsonNode refused = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Too far",
                                        "rules",
                                        List.of(Map.of(
                                                "name",
                                                "Known",
                                                "action",
                                                toLeadOwner(Map.of("matchWithinDays", 5000)))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter");
        assertThat(refused.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("rules[0].action.matchWithinDays");

        JsonNode router = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) {
                  router { rules { action { type matchByPhone matchWithinDays fallback { type } } } } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Known people",
                                        "rules",
                                        List.of(Map.of(
                                                "name", "Known", "action", toLeadOwner(Map.of("matchByPhone", true)))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter/router/rules/0/action");
        assertThat(router.at("/type").asString()).isEqualTo("ROUTE_TO_LEAD_OWNER");
        assertThat(router.at("/matchByPhone").asBoolean()).isTrue();
        assertThat(router.at("/matchWithinDays").asInt()).isEqualTo(90);
        assertThat(router.at("/fallback/type").asString()).isEqualTo("ROUTE_TO_POOL");
    }
}
