package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;

/**
 * Every mutation has its own input and its own payload, named after it, so a field added to one never shows on
 * another's; and every delete answers the same way, with the removed object's id.
 */
class MutationShapesApiTest extends ApiTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void each_mutation_takes_its_own_input_and_answers_its_own_payload() {
        List<String> offShape = mutations().stream()
                .filter(field -> !ownShape(field))
                .map(field -> field.getName() + describe(field))
                .toList();

        assertThat(offShape)
                .as("mutations not shaped name(input: NameInput!): NamePayload")
                .isEmpty();
    }

    @Test
    void each_delete_answers_the_removed_objects_id_as_deleted_id() {
        List<String> deletes = mutations().stream()
                .map(GraphQLFieldDefinition::getName)
                .filter(name -> name.startsWith("delete"))
                .toList();

        assertThat(deletes).hasSizeGreaterThanOrEqualTo(5);
        for (String delete : deletes) {
            GraphQLObjectType payload = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(graphQlSource
                    .schema()
                    .getMutationType()
                    .getFieldDefinition(delete)
                    .getType());
            assertThat(payload.getFieldDefinition("deletedId"))
                    .as(payload.getName() + ".deletedId")
                    .isNotNull();
        }
    }

    @Test
    void a_deleted_pool_and_a_deleted_router_answer_their_ids_and_a_refused_delete_none() {
        String pool = workspace.pool("Short-lived", List.of(workspace.rep("Ana")));

        JsonNode deleted = graphQl.execute(
                        "mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedId errors { code } } }",
                        Map.of("input", Map.of("poolId", pool)))
                .at("/data/deletePool");
        JsonNode again = graphQl.execute(
                        "mutation($input: DeletePoolInput!) { deletePool(input: $input) { deletedId errors { code } } }",
                        Map.of("input", Map.of("poolId", pool)))
                .at("/data/deletePool");

        assertThat(deleted.at("/deletedId").asString()).as(deleted.toString()).isEqualTo(pool);
        assertThat(again.at("/deletedId").isNull()).as(again.toString()).isTrue();
        assertThat(again.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
    }

    private List<GraphQLFieldDefinition> mutations() {
        return graphQlSource.schema().getMutationType().getFieldDefinitions();
    }

    private static boolean ownShape(GraphQLFieldDefinition field) {
        String name = Character.toUpperCase(field.getName().charAt(0))
                + field.getName().substring(1);
        List<GraphQLArgument> arguments = field.getArguments();
        boolean input = arguments.size() == 1
                && arguments.get(0).getName().equals("input")
                && arguments.get(0).getType() instanceof GraphQLNonNull nonNull
                && GraphQLTypeUtil.simplePrint(nonNull.getWrappedType()).equals(name + "Input");
        return input && GraphQLTypeUtil.simplePrint(field.getType()).equals(name + "Payload");
    }

    private static String describe(GraphQLFieldDefinition field) {
        return field.getArguments().stream()
                        .map(a -> a.getName() + ": " + GraphQLTypeUtil.simplePrint(a.getType()))
                        .toList()
                + ": " + GraphQLTypeUtil.simplePrint(field.getType());
    }
}
