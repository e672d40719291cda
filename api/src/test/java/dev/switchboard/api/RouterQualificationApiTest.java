package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A router version may carry its own qualification, which screens its leads instead of the workspace's: decisions,
 * simulations and replays of that version use it, and explanations say whose qualification applied, through the
 * endpoint.
 */
class RouterQualificationApiTest extends ApiTest {

    private static final String DECISION = """
            assignment { outcome rep { name }
              explanation { reason routerVersion qualification { score tier disqualified appliedFrom } } }
            errors { code field message }""";

    /** Rejects free mail, scores Belgian leads 50 and calls 50 and more hot. */
    private static final Map<String, Object> OWN = Map.of(
            "rejectFreeMail",
            true,
            "scoringRules",
            List.of(Map.of(
                    "name",
                    "Belgium",
                    "condition",
                    Map.of("field", "COUNTRY", "operator", "EQUALS", "values", List.of("BE")),
                    "points",
                    50)),
            "hotAt",
            50,
            "warmAt",
            10);

    private String hot;
    private String cold;

    private Map<String, Object> router(String name, Map<String, Object> qualification) {
        Map<String, Object> router = new HashMap<>();
        router.put("name", name);
        router.put(
                "rules",
                List.of(Map.of(
                        "name",
                        "Hot leads",
                        "condition",
                        Map.of("field", "TIER", "operator", "EQUALS", "values", List.of("hot")),
                        "action",
                        Map.of("type", "ROUTE_TO_POOL", "poolId", hot))));
        router.put("fallback", Map.of("type", "ROUTE_TO_POOL", "poolId", cold));
        if (qualification != null) {
            router.put("qualification", qualification);
        }
        return router;
    }

    private JsonNode create(Map<String, Object> router) {
        return graphQl.execute("""
                mutation($input: CreateRouterInput!) { createRouter(input: $input) {
                  router { id version qualification { rejectFreeMail hotAt warmAt scoringRules { name points } } }
                  errors { code field message } } }""", Map.of("input", router)).at("/data/createRouter");
    }

    private String form(String routerId) {
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        return graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
    }

    private static Map<String, Object> lead(String form, String email, String country) {
        return Map.of("formId", form, "name", "Pat", "email", email, "country", country);
    }

    private JsonNode submit(Map<String, Object> lead) {
        JsonNode payload = graphQl.execute(
                        "mutation($input: SubmitLeadInput!) { submitLead(input: $input) { " + DECISION + " } }",
                        Map.of("input", lead))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    private JsonNode simulate(Map<String, Object> lead, int version) {
        JsonNode payload = graphQl.execute(
                        "query($input: SubmitLeadInput!, $v: Int) { simulateRouting(input: $input, routerVersion: $v) { "
                                + DECISION + " } }",
                        Map.of("input", lead, "v", version))
                .at("/data/simulateRouting");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    private void workspaceQualificationScreensNothing() {
        JsonNode payload = graphQl.execute(
                        "mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) { errors { code } } }",
                        Map.of("input", Map.of("rejectFreeMail", false)))
                .at("/data/updateQualification");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
    }

    private void pools() {
        hot = workspace.pool("Hot", List.of(workspace.rep("Ana")));
        cold = workspace.pool("Cold", List.of(workspace.rep("Ben")));
    }

    @Test
    void a_router_with_its_own_qualification_screens_and_scores_by_it_and_the_explanation_says_so() {
        workspaceQualificationScreensNothing();
        pools();
        JsonNode own = create(router("Own screening", OWN));
        assertThat(own.at("/errors").size()).as(own.toString()).isZero();
        assertThat(own.at("/router/qualification/rejectFreeMail").asBoolean()).isTrue();
        assertThat(own.at("/router/qualification/hotAt").asInt()).isEqualTo(50);
        assertThat(own.at("/router/qualification/scoringRules/0/points").asInt())
                .isEqualTo(50);
        JsonNode plain = create(router("Workspace screening", null));
        assertThat(plain.at("/router/qualification").isNull()).isTrue();
        String ownForm = form(own.at("/router/id").asString());
        String plainForm = form(plain.at("/router/id").asString());

        JsonNode freeMail = submit(lead(ownForm, "pat@gmail.com", "FR"));
        JsonNode belgian = submit(lead(ownForm, "pat@acme.example", "BE"));
        JsonNode freeMailElsewhere = submit(lead(plainForm, "pat@gmail.com", "BE"));

        assertThat(freeMail.at("/outcome").asString()).isEqualTo("DISQUALIFIED");
        assertThat(freeMail.at("/explanation/qualification/appliedFrom").asString())
                .isEqualTo("ROUTER_VERSION");
        assertThat(belgian.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(belgian.at("/explanation/qualification/score").asInt()).isEqualTo(50);
        assertThat(belgian.at("/explanation/qualification/tier").asString()).isEqualTo("HOT");
        assertThat(belgian.at("/explanation/qualification/appliedFrom").asString())
                .isEqualTo("ROUTER_VERSION");
        assertThat(freeMailElsewhere.at("/outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(freeMailElsewhere.at("/rep/name").asString())
                .as("the workspace's qualification gives no tier")
                .isEqualTo("Ben");
        assertThat(freeMailElsewhere
                        .at("/explanation/qualification/appliedFrom")
                        .asString())
                .isEqualTo("WORKSPACE");
    }

    @Test
    void simulation_and_replay_use_the_qualification_of_the_version_they_run() {
        workspaceQualificationScreensNothing();
        pools();
        JsonNode own = create(router("Versioned screening", OWN));
        String routerId = own.at("/router/id").asString();
        String form = form(routerId);
        Instant from = TestClock.app().instant().minus(Duration.ofMinutes(1));
        JsonNode live = submit(lead(form, "sam@gmail.com", "FR"));
        assertThat(live.at("/outcome").asString()).isEqualTo("DISQUALIFIED");
        JsonNode revised = graphQl.execute(
                        """
                mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) {
                  router { version qualification { hotAt } } errors { code field message } } }""",
                        Map.of("input", Map.of("routerId", routerId, "router", router("Versioned screening", null))))
                .at("/data/reviseRouter");
        assertThat(revised.at("/router/version").asInt()).isEqualTo(2);
        assertThat(revised.at("/router/qualification").isNull()).isTrue();

        JsonNode asLive = simulate(lead(form, "sam@gmail.com", "FR"), 1);
        JsonNode asDraft = simulate(lead(form, "sam@gmail.com", "FR"), 2);

        assertThat(asLive.at("/outcome").asString()).isEqualTo("DISQUALIFIED");
        assertThat(asLive.at("/explanation/qualification/appliedFrom").asString())
                .isEqualTo("ROUTER_VERSION");
        assertThat(asDraft.at("/outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(asDraft.at("/explanation/qualification/appliedFrom").asString())
                .isEqualTo("WORKSPACE");

        JsonNode replay = graphQl.execute(
                        """
                query($input: ReplayRouterInput!) { replayRouter(input: $input) {
                  replay { leads changes { nodes { outcomeBefore outcomeAfter repAfter { name } } } } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "routerId",
                                        routerId,
                                        "version",
                                        2,
                                        "from",
                                        from.toString(),
                                        "to",
                                        TestClock.app()
                                                .instant()
                                                .plusSeconds(60)
                                                .toString())))
                .at("/data/replayRouter");
        assertThat(replay.at("/errors").size()).as(replay.toString()).isZero();
        assertThat(replay.at("/replay/leads").asInt()).isEqualTo(1);
        assertThat(replay.at("/replay/changes/nodes/0/outcomeBefore").asString())
                .isEqualTo("DISQUALIFIED");
        assertThat(replay.at("/replay/changes/nodes/0/outcomeAfter").asString()).isEqualTo("ASSIGNED");
        assertThat(replay.at("/replay/changes/nodes/0/repAfter/name").asString())
                .isEqualTo("Ben");
    }

    @Test
    void a_router_qualification_is_checked_as_the_workspace_one_is_naming_its_field() {
        pools();
        Map<String, Object> halfTiers = Map.of("rejectFreeMail", false, "hotAt", 50);

        JsonNode refused = create(router("Half tiers", halfTiers));

        assertThat(refused.at("/router").isNull()).isTrue();
        assertThat(refused.at("/errors/0/code").asString()).isEqualTo("REQUIRED");
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("qualification.warmAt");
    }
}
