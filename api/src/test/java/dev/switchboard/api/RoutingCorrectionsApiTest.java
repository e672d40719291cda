package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Corrections found by using routing as an admin would (issue 13), each through the endpoint. */
class RoutingCorrectionsApiTest extends ApiTest {

    private static final String CREATE_POOL = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) {
              pool { id timeZone } errors { code field message } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id }
              assignment { outcome turn strategy overflowed rep { name } pool { id }
                explanation { reason reasonCode steps { code values { name value } }
                  candidates { rep { name } skipped skip { code values { name value } words } multiplier effectiveWeight } } }
              errors { code field message } } }""";

    private String pool(Map<String, Object> input) {
        JsonNode created = graphQl.execute(CREATE_POOL, Map.of("input", input)).at("/data/createPool");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        return created.at("/pool/id").asString();
    }

    private JsonNode submit(Map<String, Object> input) {
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", input)).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    private JsonNode submit(String pool, int n) {
        return submit(Workspace.lead(pool, n, Map.of()));
    }

    @Test
    void an_overflowed_lead_keeps_the_pool_that_sent_it_its_strategy_and_turn_and_is_marked_overflowed() {
        String ana = workspace.rep("Ana");
        String cyd = workspace.rep("Cyd");
        String pool = pool(Map.of(
                "name", "Capped", "overflowRepId", cyd, "members", List.of(Map.of("repId", ana, "dailyCap", 1))));
        submit(pool, 1);

        JsonNode overflowed = submit(pool, 2);

        assertThat(overflowed.at("/rep/name").asString()).isEqualTo("Cyd");
        assertThat(overflowed.at("/pool/id").asString()).isEqualTo(pool);
        assertThat(overflowed.at("/strategy").asString()).isEqualTo("ROUND_ROBIN");
        assertThat(overflowed.at("/turn").asInt()).isEqualTo(1);
        assertThat(overflowed.at("/overflowed").asBoolean()).isTrue();
        assertThat(submit(pool, 3).at("/turn").asInt())
                .as("the rotation still counts its turns")
                .isEqualTo(2);
    }

    @Test
    void turns_count_from_zero_in_the_data_and_in_the_words() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Pair", List.of(ana, ben));

        JsonNode first = submit(pool, 1);

        assertThat(first.at("/turn").asInt()).isZero();
        assertThat(CapsApiTest.values(first.at("/explanation/steps/0/values")))
                .containsEntry("turn", "0")
                .containsEntry("member", "1");
        assertThat(first.at("/explanation/reason").asString())
                .isEqualTo("sent straight to pool Pair by round robin: turn 0 goes to member 1 of 2");
    }

    @Test
    void a_pool_created_without_a_time_zone_shows_utc() {
        String ana = workspace.rep("Ana");

        JsonNode created = graphQl.execute(
                        CREATE_POOL,
                        Map.of("input", Map.of("name", "Zoneless", "members", List.of(Map.of("repId", ana)))))
                .at("/data/createPool/pool");

        assertThat(created.at("/timeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void a_rep_on_time_off_now_is_passed_over_and_the_explanation_says_time_off() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        Instant now = TestClock.app().instant().truncatedTo(ChronoUnit.SECONDS);
        JsonNode off = graphQl.execute(
                        """
                mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        ana,
                                        "start",
                                        now.minus(1, ChronoUnit.HOURS).toString(),
                                        "end",
                                        now.plus(2, ChronoUnit.HOURS).toString(),
                                        "note",
                                        "dentist")))
                .at("/data/addTimeOff");
        assertThat(off.at("/errors").size()).as(off.toString()).isZero();
        String pool = workspace.pool("Pair", List.of(ana, ben));

        JsonNode decided = submit(pool, 1);

        assertThat(decided.at("/rep/name").asString()).isEqualTo("Ben");
        assertThat(decided.at("/explanation/candidates/0/skipped").asString()).isEqualTo("TIME_OFF");
        assertThat(CapsApiTest.values(decided.at("/explanation/candidates/0/skip/values")))
                .containsEntry("until", now.plus(2, ChronoUnit.HOURS).toString());
        assertThat(decided.at("/explanation/candidates/0/skip/words").asString())
                .startsWith("on time off until");
    }

    @Test
    void a_rep_on_a_holiday_is_passed_over_and_a_rep_off_by_working_hours_too_when_the_pool_asks() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        LocalDate today = LocalDate.ofInstant(TestClock.app().instant(), ZoneId.of("Europe/Paris"));
        // Yesterday to tomorrow, so the decision falls on a holiday whenever the test runs.
        setAvailability(Map.of(
                "repId",
                ana,
                "holidays",
                List.of(
                        today.minusDays(1).toString(),
                        today.toString(),
                        today.plusDays(1).toString())));
        // No working hours on any day: off whenever the test runs.
        setAvailability(Map.of("repId", ben, "weekly", Map.of()));
        // Every hour of every day: at work whenever the test runs.
        List<Map<String, String>> allDay = List.of(Map.of("start", "00:00", "end", "24:00"));
        setAvailability(Map.of(
                "repId",
                cyd,
                "weekly",
                Map.of(
                        "monday",
                        allDay,
                        "tuesday",
                        allDay,
                        "wednesday",
                        allDay,
                        "thursday",
                        allDay,
                        "friday",
                        allDay,
                        "saturday",
                        allDay,
                        "sunday",
                        allDay)));
        String strict = pool(Map.of(
                "name",
                "Office hours",
                "onlyDuringWorkingHours",
                true,
                "members",
                List.of(Map.of("repId", ana), Map.of("repId", ben), Map.of("repId", cyd))));
        String relaxed =
                pool(Map.of("name", "Any hour", "members", List.of(Map.of("repId", ben), Map.of("repId", cyd))));

        JsonNode inStrict = submit(strict, 1);
        JsonNode inRelaxed = submit(relaxed, 2);

        assertThat(inStrict.at("/rep/name").asString()).isEqualTo("Cyd");
        assertThat(inStrict.at("/explanation/candidates/0/skipped").asString()).isEqualTo("HOLIDAY");
        assertThat(inStrict.at("/explanation/candidates/1/skipped").asString()).isEqualTo("OFF_HOURS");
        assertThat(inStrict.at("/explanation/candidates/0/skip/words").asString())
                .startsWith("on a holiday");
        assertThat(inStrict.at("/explanation/candidates/1/skip/words").asString())
                .startsWith("outside working hours");
        assertThat(inRelaxed.at("/rep/name").asString())
                .as("working hours count only when the pool asks")
                .isEqualTo("Ben");
    }

    private void setAvailability(Map<String, Object> input) {
        JsonNode set = graphQl.execute("""
                mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code field message } } }""", Map.of("input", input)).at("/data/setAvailability");
        assertThat(set.at("/errors").size()).as(set.toString()).isZero();
    }

    @Test
    void multipliers_and_effective_weights_are_shown_to_a_tenth() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        String pool = pool(Map.of(
                "name",
                "Closers",
                "strategy",
                "PERFORMANCE_WEIGHTED",
                "performance",
                Map.of("days", 7, "minLeads", 1, "maxMultiplier", 5),
                "members",
                List.of(Map.of("repId", ana), Map.of("repId", ben), Map.of("repId", cyd))));
        String anasLead = null;
        for (int n = 0; n < 7; n++) {
            JsonNode decided = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, n, Map.of())))
                    .at("/data/submitLead");
            if (decided.at("/assignment/rep/name").asString().equals("Ana")) {
                anasLead = decided.at("/lead/id").asString();
            }
        }
        graphQl.execute(
                "mutation($input: RecordConversionInput!) { recordConversion(input: $input) { errors { code } } }",
                Map.of("input", Map.of("leadId", anasLead)));

        JsonNode candidates = submit(pool, 7).at("/explanation/candidates");

        assertThat(candidates.findValues("multiplier"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(tenths(m.asDouble())).isTrue());
        assertThat(candidates.findValues("effectiveWeight"))
                .allSatisfy(w -> assertThat(tenths(w.asDouble())).isTrue());
    }

    private static boolean tenths(double value) {
        return String.valueOf(value).matches("\\d+\\.\\d");
    }

    @Test
    void a_plain_country_equals_fr_rule_matches_a_lead_that_typed_france() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String routerId = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Countries",
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
                                                        List.of("FR")),
                                                "action",
                                                Map.of("type", "ROUTE_TO_REP", "repId", ana))),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_REP", "repId", ben))))
                .at("/data/createRouter/router/id")
                .asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        String form = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();

        JsonNode typed = submit(Workspace.lead(null, 1, Map.of("formId", form, "country", "France")));
        JsonNode lower = submit(Workspace.lead(null, 2, Map.of("formId", form, "country", " france ")));

        assertThat(typed.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(lower.at("/rep/name").asString()).isEqualTo("Ana");
    }
}
