package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An answer names every deprecated part of the schema its request used, selected or sent, in
 * {@code extensions.deprecated} (coordinate and reason), and says nothing when the request used none; operators see
 * the same uses counted by coordinate.
 */
class DeprecatedUseApiTest extends ApiTest {

    private static List<String> coordinates(JsonNode answer) {
        return answer.at("/extensions/deprecated")
                .valueStream()
                .map(use -> use.get("coordinate").asString())
                .toList();
    }

    @Test
    void a_deprecated_field_selected_is_named_with_its_reason() {
        String pool = workspace.pool("Deprecated reads", List.of(workspace.rep("Ana")));

        JsonNode answer = graphQl.execute(
                "mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedId deletedPoolId } }",
                Map.of("input", Map.of("poolId", pool)));

        assertThat(coordinates(answer)).containsExactly("DeletePoolPayload.deletedPoolId");
        assertThat(answer.at("/extensions/deprecated/0/reason").asString()).contains("Read deletedId");
        assertThat(answer.at("/data/deletePool/deletedId").asString()).isEqualTo(pool);
    }

    @Test
    void deprecated_input_fields_sent_are_named_at_any_depth_even_when_null() {
        String pool = workspace.pool("Deprecated writes", List.of(workspace.rep("Ana")));

        JsonNode answer = graphQl.execute(
                """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) {
                  router { id } errors { code field message } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "name",
                                "Older spelling",
                                "rules",
                                List.of(Map.of(
                                        "name",
                                        "French",
                                        "condition",
                                        Map.of("field", "COUNTRY", "operator", "EQUALS", "values", List.of("FR")),
                                        "action",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))),
                                "fallback",
                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool))));
        java.util.HashMap<String, Object> member = new java.util.HashMap<>();
        member.put("repId", workspace.rep("Bea"));
        member.put("filter", null);
        JsonNode explicitNull = graphQl.execute(
                "mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code } } }",
                Map.of("input", Map.of("name", "Null filter", "members", List.of(member))));

        assertThat(answer.at("/data/createRouter/errors").size())
                .as(answer.toString())
                .isZero();
        assertThat(coordinates(answer)).containsExactly("RuleInput.condition");
        assertThat(explicitNull.at("/data/createPool/errors").size())
                .as(explicitNull.toString())
                .isZero();
        assertThat(coordinates(explicitNull)).containsExactly("PoolMemberInput.filter");
    }

    @Test
    void a_deprecated_argument_is_named_as_its_field_and_argument() {
        String pool = workspace.pool("Versioned", List.of(workspace.rep("Ana")));
        String router = workspace.router("Versioned", pool);

        JsonNode answer =
                graphQl.execute("query($id: ID!) { router(id: $id, version: 1) { name } }", Map.of("id", router));

        assertThat(coordinates(answer)).containsExactly("Query.router(version:)");
    }

    @Test
    void a_request_using_only_current_parts_carries_no_such_extension() {
        String pool = workspace.pool("Current", List.of(workspace.rep("Ana")));

        JsonNode answer = graphQl.execute(
                "mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedId errors { code } } }",
                Map.of("input", Map.of("poolId", pool)));

        assertThat(answer.has("extensions") && answer.get("extensions").has("deprecated"))
                .as(answer.toString())
                .isFalse();
    }

    @Test
    void uses_are_counted_for_operators_by_coordinate_and_kind_of_caller() throws Exception {
        String pool = workspace.pool("Counted", List.of(workspace.rep("Ana")));
        graphQl.execute(
                "mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedPoolId } }",
                Map.of("input", Map.of("poolId", pool)));

        String metrics = graphQl.get("/actuator/prometheus").body();

        assertThat(metrics)
                .containsPattern("switchboard_graphql_deprecated_total\\{[^}]*caller=\"admin\"[^}]*"
                        + "coordinate=\"DeletePoolPayload.deletedPoolId\"[^}]*} [1-9]");
    }
}
