package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The production profile hides the schema from all but admins and API keys, while ordinary queries still work. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.embedded-mongo.storage=memory",
            "switchboard.admin.email=" + GraphQlClient.ADMIN_EMAIL,
            "switchboard.admin.password=" + GraphQlClient.ADMIN_PASSWORD
        })
@ActiveProfiles("prod")
class ProductionProfileTest {

    @LocalServerPort
    int port;

    @Test
    void introspection_is_refused_to_anonymous_callers_and_queries_are_answered() {
        GraphQlClient graphQl = new GraphQlClient(port);

        JsonNode schema = GraphQlClient.anonymous(port).execute("{ __schema { types { name } } }");
        JsonNode asAdmin = graphQl.execute("{ __schema { types { name } } }");
        JsonNode reps = graphQl.execute("{ reps(first: 100) { nodes { id } } }");

        assertThat(schema.at("/errors/0/message").asString()).containsIgnoringCase("introspection");
        assertThat(schema.at("/data/__schema").isMissingNode()
                        || schema.at("/data/__schema").isNull())
                .isTrue();
        assertThat(asAdmin.at("/data/__schema/types").size())
                .as("admins read the schema")
                .isPositive();
        assertThat(reps.at("/data/reps/nodes").isArray()).isTrue();
        assertThat(reps.at("/data/reps/nodes").size())
                .as("no demo data in production")
                .isZero();
    }
}
