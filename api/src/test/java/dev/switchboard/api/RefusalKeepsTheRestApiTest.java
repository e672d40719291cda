package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;

/**
 * A refusal is an error on its own field: the fields asked beside it are still answered, because no root field a
 * caller may be refused is non-null (a null there would null the whole answer).
 */
class RefusalKeepsTheRestApiTest extends ApiTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void a_rep_refused_the_routers_still_gets_who_they_are_and_their_reps() {
        String ana = workspace.rep("Ana");
        GraphQlClient rep = new Principals(port, graphQl).rep(ana);

        JsonNode answer = rep.execute(
                "{ me { kind rep { name } } routers(first: 100) { nodes { id } } reps(first: 100) { nodes { id } } }");

        assertThat(answer.at("/data/me/rep/name").asString())
                .as(answer.toString())
                .isEqualTo("Ana");
        assertThat(answer.at("/data/routers").isNull()).isTrue();
        assertThat(answer.at("/data/reps/nodes").isArray()).isTrue();
        assertThat(answer.at("/errors/0/path/0").asString()).isEqualTo("routers");
        assertThat(answer.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void a_mutation_refused_leaves_the_one_beside_it_answered() {
        String ana = workspace.rep("Ana");
        String leadsKey = new Principals(port, graphQl).apiKey("setup:write");
        GraphQlClient setup = GraphQlClient.withKey(port, leadsKey, null);

        JsonNode answer = setup.execute("mutation { createApiKey(input: {name: \"x\", scopes: [ADMIN]}) { key }"
                + " setRepStatus(input: {repId: \"" + ana + "\", active: true}) { rep { name } } }");

        assertThat(answer.at("/data/createApiKey").isNull())
                .as(answer.toString())
                .isTrue();
        assertThat(answer.at("/data/setRepStatus/rep/name").asString()).isEqualTo("Ana");
    }

    @Test
    void no_query_or_mutation_field_is_non_null() {
        var schema = graphQlSource.schema();
        List<String> nonNull = Stream.of(schema.getQueryType(), schema.getMutationType())
                .flatMap(type -> type.getFieldDefinitions().stream().map(field -> Map.entry(type, field)))
                .filter(entry -> entry.getValue().getType() instanceof GraphQLNonNull)
                .map(entry -> name(entry.getKey(), entry.getValue()))
                .toList();

        assertThat(nonNull)
                .as("root fields a refusal would null the whole answer through")
                .isEmpty();
    }

    private static String name(GraphQLObjectType type, GraphQLFieldDefinition field) {
        return type.getName() + "." + field.getName();
    }
}
