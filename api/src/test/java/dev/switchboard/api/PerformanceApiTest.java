package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Performance-weighted pools learning from conversions recorded through the endpoint. */
class PerformanceApiTest extends ApiTest {

    private static final String CREATE = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) {
              pool { id strategy performance { days minMultiplier maxMultiplier minLeads } } errors { code field message } } }""";
    private static final String CONVERT = """
            mutation($input: RecordConversionInput!) { recordConversion(input: $input) {
              lead { id } convertedAt errors { code field message } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id } assignment { rep { name } explanation { reason candidates { rep { name } weight multiplier effectiveWeight } } }
              errors { code field message } } }""";

    private JsonNode submit(String pool, int n) {
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, n, Map.of())))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload;
    }

    @Test
    void a_recorded_conversion_raises_the_converters_weight_and_the_explanation_shows_it() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        JsonNode created = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Closers",
                                        "strategy",
                                        "PERFORMANCE_WEIGHTED",
                                        "performance",
                                        Map.of("days", 7, "minLeads", 1),
                                        "members",
                                        List.of(Map.of("repId", ana), Map.of("repId", ben)))))
                .at("/data/createPool");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        assertThat(created.at("/pool/performance/days").asInt()).isEqualTo(7);
        assertThat(created.at("/pool/performance/maxMultiplier").asDouble())
                .as("a default")
                .isEqualTo(2.0);
        String pool = created.at("/pool/id").asString();

        String anasLead = null;
        for (int n = 0; n < 4; n++) {
            JsonNode lead = submit(pool, n);
            if (lead.at("/assignment/rep/name").asString().equals("Ana")) {
                anasLead = lead.at("/lead/id").asString();
            }
        }
        JsonNode converted = graphQl.execute(CONVERT, Map.of("input", Map.of("leadId", anasLead)))
                .at("/data/recordConversion");
        JsonNode again = graphQl.execute(CONVERT, Map.of("input", Map.of("leadId", anasLead)))
                .at("/data/recordConversion");

        assertThat(converted.at("/errors").size()).as(converted.toString()).isZero();
        assertThat(converted.at("/lead/id").asString()).isEqualTo(anasLead);
        assertThat(again.at("/convertedAt").asString())
                .as("recorded once")
                .isEqualTo(converted.at("/convertedAt").asString());

        // Ana converted 1 of 2, Ben 0 of 2: the pool 1 of 4. Ana's weight doubles, Ben's halves (the floor).
        JsonNode next = submit(pool, 4).at("/assignment/explanation");
        assertThat(next.at("/reason").asString()).contains("by performance-weighted round robin over 7 days");
        JsonNode candidate = next.at("/candidates/0");
        double expected = candidate.at("/rep/name").asString().equals("Ana") ? 2.0 : 0.5;
        assertThat(candidate.at("/multiplier").asDouble()).isEqualTo(expected);
        assertThat(candidate.at("/effectiveWeight").asDouble()).isEqualTo(expected);
    }

    @Test
    void recording_an_unknown_lead_or_giving_bad_settings_is_a_typed_error() {
        String ana = workspace.rep("Ana");
        JsonNode unknown = graphQl.execute(CONVERT, Map.of("input", Map.of("leadId", "no-such-lead")))
                .at("/data/recordConversion");
        JsonNode badId = graphQl.execute(CONVERT, Map.of("input", Map.of("leadId", "not an id!")))
                .at("/data/recordConversion");
        JsonNode bounds = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "P",
                                        "strategy",
                                        "PERFORMANCE_WEIGHTED",
                                        "performance",
                                        Map.of("minMultiplier", 0),
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/createPool");
        JsonNode wrongStrategy = graphQl.execute(
                        CREATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "P",
                                        "strategy",
                                        "ROUND_ROBIN",
                                        "performance",
                                        Map.of("days", 3),
                                        "members",
                                        List.of(Map.of("repId", ana)))))
                .at("/data/createPool");

        assertThat(code(unknown)).isEqualTo("NOT_FOUND leadId");
        assertThat(code(badId)).isEqualTo("INVALID_FORMAT leadId");
        assertThat(code(bounds)).isEqualTo("OUT_OF_RANGE performance.minMultiplier");
        assertThat(code(wrongStrategy)).isEqualTo("INVALID_FORMAT performance");
        assertThat(bounds.at("/pool").isNull()).isTrue();
    }

    private static String code(JsonNode payload) {
        assertThat(payload.at("/errors").size()).as(payload.toString()).isEqualTo(1);
        return payload.at("/errors/0/code").asString() + " "
                + payload.at("/errors/0/field").asString();
    }
}
