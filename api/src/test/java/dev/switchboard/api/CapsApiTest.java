package dev.switchboard.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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
        JsonNode pool = graphQl.execute(CREATE_POOL, Map.of("input", Map.of("name", "Capped", "timeZone", "America/New_York",
                "overflowRepId", c, "members", List.of(Map.of("repId", a, "dailyCap", 10), Map.of("repId", b, "dailyCap", 10)))))
                .at("/data/createPool/pool");
        String poolId = pool.at("/id").asString();

        assertThat(Workspace.submitAtOnce(List.of(workspace), poolId, 40))
                .containsOnly(Map.entry("A", 10L), Map.entry("B", 10L), Map.entry("C", 20L));
        assertThat(pool.at("/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(pool.at("/overflowRep/name").asString()).isEqualTo("C");
        assertThat(pool.at("/members/0/dailyCap").asInt()).isEqualTo(10);
    }

    @Test
    void an_unknown_overflow_rep_a_bad_zone_or_a_zero_cap_is_a_typed_error() {
        String a = workspace.rep("A");

        JsonNode overflow = graphQl.execute(CREATE_POOL, Map.of("input", Map.of("name", "P", "overflowRepId", "ghost",
                "members", List.of(Map.of("repId", a))))).at("/data/createPool/errors/0");
        JsonNode zone = graphQl.execute(CREATE_POOL, Map.of("input", Map.of("name", "P", "timeZone", "Moon/Base",
                "members", List.of(Map.of("repId", a))))).at("/data/createPool/errors/0");
        JsonNode cap = graphQl.execute(CREATE_POOL, Map.of("input", Map.of("name", "P",
                "members", List.of(Map.of("repId", a, "weeklyCap", 0))))).at("/data/createPool/errors/0");

        assertThat(overflow.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(overflow.at("/field").asString()).isEqualTo("overflowRepId");
        assertThat(zone.at("/field").asString()).isEqualTo("timeZone");
        assertThat(cap.at("/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(cap.at("/field").asString()).isEqualTo("members[0].weeklyCap");
    }
}
