package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Caps and overflow through the real endpoint, under concurrent load. */
class CapsApiTest extends ApiTest {

    private static final String CREATE_POOL = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) {
              pool { id timeZone overflowRep { name } members { dailyCap rep { name } } } errors { code field message } } }""";

    @Test
    void forty_concurrent_leads_never_push_a_member_past_its_cap_and_the_rest_overflow() throws Exception {
        // At noon in the pool's zone, so all forty leads count against the same day's cap.
        TestClock.app().setBackTo(DayOfWeek.WEDNESDAY, LocalTime.NOON, ZoneId.of("America/New_York"));
        String a = workspace.rep("A");
        String b = workspace.rep("B");
        String c = workspace.rep("C");
        JsonNode pool = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Capped",
                                        "timeZone",
                                        "America/New_York",
                                        "overflowRepId",
                                        c,
                                        "members",
                                        List.of(
                                                Map.of("repId", a, "dailyCap", 10),
                                                Map.of("repId", b, "dailyCap", 10)))))
                .at("/data/createPool/pool");
        String poolId = pool.at("/id").asString();

        assertThat(Workspace.submitAtOnce(List.of(workspace), poolId, 40))
                .containsOnly(Map.entry("A", 10L), Map.entry("B", 10L), Map.entry("C", 20L));
        assertThat(pool.at("/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(pool.at("/overflowRep/name").asString()).isEqualTo("C");
        assertThat(pool.at("/members/0/dailyCap").asInt()).isEqualTo(10);
    }

    @Test
    void a_capped_member_and_the_overflow_come_back_as_codes_with_values_and_in_words() {
        String a = workspace.rep("Alma");
        String c = workspace.rep("Cyd");
        String poolId = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Tiny",
                                        "overflowRepId",
                                        c,
                                        "members",
                                        List.of(Map.of("repId", a, "dailyCap", 1)))))
                .at("/data/createPool/pool/id")
                .asString();
        workspace.submit(Workspace.lead(poolId, 1, Map.of()));

        JsonNode assignment = graphQl.execute("""
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { assignment { rep { name } explanation {
                  reason reasonCode steps { code values { name value } }
                  candidates { rep { name } skipped skip { code values { name value } words } } } } } }""", Map.of("input", Workspace.lead(poolId, 2, Map.of())))
                .at("/data/submitLead/assignment");

        JsonNode explanation = assignment.at("/explanation");
        assertThat(assignment.at("/rep/name").asString()).isEqualTo("Cyd");
        assertThat(explanation.at("/reasonCode").asString()).isEqualTo("POOL_PASSED_OVER");
        assertThat(explanation.at("/steps").findValuesAsString("code")).containsExactly("POOL_PASSED_OVER", "TO_REP");
        assertThat(values(explanation.at("/steps/0/values")))
                .containsEntry("poolName", "Tiny")
                .containsEntry("overflow", "true")
                .containsEntry("strategy", "ROUND_ROBIN");
        assertThat(values(explanation.at("/steps/1/values")))
                .containsEntry("rep", c)
                .containsEntry("repName", "Cyd");
        JsonNode skip = explanation.at("/candidates/0/skip");
        assertThat(skip.at("/code").asString()).isEqualTo("DAILY_CAP");
        assertThat(values(skip.at("/values"))).containsEntry("cap", "1").containsEntry("count", "1");
        assertThat(skip.at("/words").asString()).isEqualTo("reached the daily cap of 1 (1 today)");
        assertThat(explanation.at("/candidates/0/skipped").asString()).isEqualTo("DAILY_CAP");
        assertThat(explanation.at("/reason").asString())
                .isEqualTo(
                        "sent straight to pool Tiny by round robin: every member was passed over, so its overflow: to Cyd");
    }

    static Map<String, String> values(JsonNode values) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        values.forEach(v -> byName.put(v.at("/name").asString(), v.at("/value").asString()));
        return byName;
    }

    @Test
    void an_unknown_overflow_rep_a_bad_zone_or_a_zero_cap_is_a_typed_error() {
        String a = workspace.rep("A");

        JsonNode overflow = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of("name", "P", "overflowRepId", "ghost", "members", List.of(Map.of("repId", a)))))
                .at("/data/createPool/errors/0");
        JsonNode zone = graphQl.execute(
                        CREATE_POOL,
                        Map.of(
                                "input",
                                Map.of("name", "P", "timeZone", "Moon/Base", "members", List.of(Map.of("repId", a)))))
                .at("/data/createPool/errors/0");
        JsonNode cap = graphQl.execute(
                        CREATE_POOL,
                        Map.of("input", Map.of("name", "P", "members", List.of(Map.of("repId", a, "weeklyCap", 0)))))
                .at("/data/createPool/errors/0");

        assertThat(overflow.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(overflow.at("/field").asString()).isEqualTo("overflowRepId");
        assertThat(zone.at("/field").asString()).isEqualTo("timeZone");
        assertThat(cap.at("/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(cap.at("/field").asString()).isEqualTo("members[0].weeklyCap");
    }
}
