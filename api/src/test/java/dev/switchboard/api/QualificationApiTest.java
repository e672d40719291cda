package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The qualification settings as the admin's editor reads them back: whole condition trees in one flat list. */
class QualificationApiTest extends ApiTest {

    private static final String UPDATE = """
            mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) {
              qualification { scoringRules { name points conditionNodes { path join field operator values } } }
              errors { code field message } } }""";

    @Test
    void a_nested_scoring_condition_reads_back_as_flat_nodes_with_the_paths_its_input_errors_would_name() {
        Map<String, Object> nested = Map.of(
                "any",
                List.of(
                        Map.of("field", "EMPLOYEES", "operator", "GREATER_THAN", "values", List.of("500")),
                        Map.of(
                                "all",
                                List.of(Map.of(
                                        "field", "INDUSTRY", "operator", "EQUALS", "values", List.of("Software"))))));
        try {
            JsonNode saved = graphQl.execute(
                            UPDATE,
                            Map.of(
                                    "input",
                                    Map.of(
                                            "rejectFreeMail",
                                            false,
                                            "scoringRules",
                                            List.of(Map.of(
                                                    "name", "Big or software", "points", 20, "condition", nested)))))
                    .at("/data/updateQualification");

            JsonNode nodes = saved.at("/qualification/scoringRules/0/conditionNodes");
            assertThat(saved.at("/errors").size()).as(saved.toString()).isZero();
            assertThat(nodes.size()).isEqualTo(4);
            assertThat(nodes.at("/0/path").asString()).isEmpty();
            assertThat(nodes.at("/0/join").asString()).isEqualTo("ANY");
            assertThat(nodes.at("/1/path").asString()).isEqualTo("any[0]");
            assertThat(nodes.at("/1/field").asString()).isEqualTo("EMPLOYEES");
            assertThat(nodes.at("/2/path").asString()).isEqualTo("any[1]");
            assertThat(nodes.at("/3/path").asString()).isEqualTo("any[1].all[0]");
            assertThat(nodes.at("/3/values/0").asString()).isEqualTo("Software");
        } finally {
            graphQl.execute(UPDATE, Map.of("input", Map.of("rejectFreeMail", false)));
        }
    }
}
