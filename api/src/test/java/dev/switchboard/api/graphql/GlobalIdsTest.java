package dev.switchboard.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.InputRejected;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Global ids: how they are made and read, and that every ID of the printed schema says what it names. */
class GlobalIdsTest {

    @Test
    void a_global_id_reads_back_as_its_type_and_stored_id_and_nothing_else_reads_as_one() {
        String id = GlobalIds.encode("Rep", "6f1c2a");

        assertThat(GlobalIds.decode(id)).contains(new GlobalIds.Decoded("Rep", "6f1c2a"));
        assertThat(GlobalIds.decode("6f1c2a")).isEmpty();
        assertThat(GlobalIds.decode(GlobalIds.encode("Nope", "6f1c2a")))
                .as("no Node type")
                .isEmpty();
        assertThat(GlobalIds.decode(id + "=")).as("padded").isEmpty();
        assertThat(GlobalIds.decode("prospect7@acme.example")).isEmpty();
        assertThat(GlobalIds.storedId("6f1c2a", "Rep", "repId"))
                .as("a stored id, as sent before")
                .isEqualTo("6f1c2a");
    }

    @Test
    void a_global_id_of_another_type_is_not_found_on_the_field() {
        assertThatThrownBy(() -> GlobalIds.storedId(GlobalIds.encode("Pool", "p1"), "Rep", "members[0].repId"))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> {
                    assertThat(rejected.code().name()).isEqualTo("NOT_FOUND");
                    assertThat(rejected.field()).isEqualTo("members[0].repId");
                });
    }

    @Test
    void global_ids_in_an_imports_text_become_stored_ids_and_the_rest_is_left_alone() {
        String rep = GlobalIds.encode("Rep", "r-1");

        assertThat(GlobalIds.storedIdsIn("name,domains,owner\nAcme,acme.example," + rep + "\n"))
                .isEqualTo("name,domains,owner\nAcme,acme.example,r-1\n");
        assertThat(GlobalIds.storedIdsIn(
                        "{\"poolId\": \"" + GlobalIds.encode("Pool", "p-1") + "\", \"name\": \"Eve\"}"))
                .isEqualTo("{\"poolId\": \"p-1\", \"name\": \"Eve\"}");
    }

    @Test
    void every_id_in_the_printed_schema_names_a_node_type_or_is_listed_as_naming_none() throws IOException {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(Path.of("schema.graphqls"))));
        List<String> unnamed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            if (type instanceof GraphQLFieldsContainer container
                    && !(type instanceof graphql.schema.GraphQLInterfaceType)) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    check(type.getName(), field.getName(), null, field.getType(), unnamed);
                    String returns = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
                    field.getArguments()
                            .forEach(a -> check(
                                    type.getName() + "." + field.getName(),
                                    a.getName(),
                                    returns,
                                    a.getType(),
                                    unnamed));
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFields().forEach(f -> check(input.getName(), f.getName(), null, f.getType(), unnamed));
            }
        }

        assertThat(unnamed)
                .as("ID fields that name no Node type and are not listed in GlobalIds.NOT_NODES")
                .isEmpty();
    }

    private static void check(String container, String field, String returns, GraphQLType type, List<String> unnamed) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLScalarType scalar)
                || !scalar.getName().equals("ID")) {
            return;
        }
        String key = container + "." + field;
        if (GlobalIds.typeOf(container, field, returns).isEmpty() && !GlobalIds.NOT_NODES.contains(key)) {
            unnamed.add(key);
        }
    }
}
