package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * api/schema.graphqls, the schema as integrators read it (and generate clients from), is the schema the app
 * serves: any change to the .graphqls sources or their wiring that alters the served schema fails here until the
 * file is written anew with {@code ./mvnw verify -pl api -am -Dtest=PublishedSchemaTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dswitchboard.schema.write=true} and committed with the change.
 */
class PublishedSchemaTest extends ApiTest {

    static final Path PUBLISHED = Path.of(System.getProperty("basedir", ".")).resolve("schema.graphqls");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void the_published_schema_file_is_the_schema_the_app_serves() throws IOException {
        String served =
                "# Switchboard's GraphQL schema as served at /graphql, printed by PublishedSchemaTest: do not edit.\n"
                        + "# The sources are api/src/main/resources/graphql/*.graphqls; docs/api.md shows how to call it.\n\n"
                        + new SchemaPrinter(
                                        SchemaPrinter.Options.defaultOptions().includeDirectiveDefinitions(false))
                                .print(graphQlSource.schema());
        if (Boolean.getBoolean("switchboard.schema.write")) {
            Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
        }

        String published = Files.exists(PUBLISHED) ? Files.readString(PUBLISHED, StandardCharsets.UTF_8) : "";

        assertThat(published)
                .as(
                        "%s differs from the schema the app serves; write it anew with ./mvnw verify -pl api -am "
                                + "-Dtest=PublishedSchemaTest -Dsurefire.failIfNoSpecifiedTests=false "
                                + "-Dswitchboard.schema.write=true and commit it",
                        PUBLISHED.toAbsolutePath().normalize())
                .isEqualTo(served);
    }
}
