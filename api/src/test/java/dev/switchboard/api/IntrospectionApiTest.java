package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole schema, admin operations included, is read by admins and API keys only, in every profile: anonymous
 * callers, widget keys and reps are refused introspection (and still get {@code __typename}), and no page prints
 * the schema to anyone (the published file, api/schema.graphqls, is the schema's public form).
 */
class IntrospectionApiTest extends ApiTest {

    private static final String SCHEMA = "{ __schema { mutationType { fields { name } } } }";
    private static final String TYPE = "{ __type(name: \"Mutation\") { fields { name } } }";

    @Test
    void an_admin_reads_the_whole_schema_admin_operations_included() {
        assertReadsSchema(graphQl);
    }

    @Test
    void the_introspection_query_graphiql_and_client_generators_send_is_answered_despite_the_depth_limit() {
        JsonNode schema = graphQl.execute(IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(schema.at("/errors").isMissingNode()).as(schema.toString()).isTrue();
        assertThat(schema.at("/data/__schema/types").size()).isGreaterThan(100);
    }

    @Test
    void a_query_mixing_introspection_with_data_is_held_to_the_depth_limit() {
        JsonNode deep = graphQl.execute("{ reps(first: 100) { nodes { id } } "
                + IntrospectionQuery.INTROSPECTION_QUERY.substring(
                        IntrospectionQuery.INTROSPECTION_QUERY.indexOf("__schema")));

        assertThat(deep.at("/errors/0/extensions/code").asString())
                .as(deep.toString())
                .isEqualTo("QUERY_TOO_DEEP");
    }

    @Test
    void an_api_key_of_any_scope_reads_the_whole_schema() {
        Principals principals = new Principals(port, graphQl);

        assertReadsSchema(principals.widget(principals.apiKey("leads:write")));
    }

    @Test
    void an_anonymous_caller_is_refused_introspection_and_still_gets_typename() {
        assertRefused(GraphQlClient.anonymous(port));
    }

    @Test
    void a_widget_key_is_refused_introspection_and_still_gets_typename() {
        Principals principals = new Principals(port, graphQl);
        String form = workspace.queueForm(workspace.pool("Introspected", List.of(workspace.rep("Ivo"))), "SHARK_TANK");

        assertRefused(principals.widget(principals.widgetKey(form)));
    }

    @Test
    void a_rep_signed_in_is_refused_introspection_and_still_gets_typename() {
        assertRefused(new Principals(port, graphQl).rep(workspace.rep("Rhea")));
    }

    @Test
    void no_page_prints_the_schema_to_anyone() {
        assertThat(GraphQlClient.anonymous(port).get("/graphql/schema").body()).doesNotContain("createApiKey");
        assertThat(graphQl.get("/graphql/schema").body()).doesNotContain("createApiKey");
    }

    private static void assertReadsSchema(GraphQlClient caller) {
        JsonNode schema = caller.execute(SCHEMA);
        JsonNode type = caller.execute(TYPE);

        assertThat(schema.at("/errors").isMissingNode()).as(schema.toString()).isTrue();
        assertThat(names(schema.at("/data/__schema/mutationType/fields"))).contains("createApiKey");
        assertThat(names(type.at("/data/__type/fields"))).contains("createApiKey");
    }

    private static List<String> names(JsonNode fields) {
        return fields.valueStream().map(field -> field.at("/name").asString()).toList();
    }

    private static void assertRefused(GraphQlClient caller) {
        JsonNode schema = caller.execute(SCHEMA);
        JsonNode type = caller.execute(TYPE);
        JsonNode typename = caller.execute("{ __typename }");

        assertThat(schema.toString()).doesNotContain("createApiKey");
        assertThat(schema.at("/errors/0/message").asString()).containsIgnoringCase("introspection");
        assertThat(type.toString()).doesNotContain("createApiKey");
        assertThat(type.at("/errors/0/message").asString()).containsIgnoringCase("introspection");
        assertThat(typename.at("/data/__typename").asString()).isEqualTo("Query");
    }
}
