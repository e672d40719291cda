package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Every element of the schema the app serves tells an integrator what it is: each type, field, argument, input
 * field and enum value has a description in the .graphqls sources. Only introspection types and the built-in
 * scalars are left out. The failure lists what is missing as {@code Type}, {@code Type.field},
 * {@code Type.field(arg)}, {@code Input.field} or {@code Enum.VALUE}, one a line.
 */
class SchemaIsDescribedTest extends ApiTest {

    static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void every_type_field_argument_input_field_and_enum_value_has_a_description() {
        List<String> missing = undescribed(graphQlSource.schema());

        assertThat(missing)
                .as(
                        "%d schema elements have no description; describe each in api/src/main/resources/graphql:%n%s",
                        missing.size(), String.join(System.lineSeparator(), missing))
                .isEmpty();
    }

    static List<String> undescribed(GraphQLSchema schema) {
        List<String> missing = new ArrayList<>();
        schema.getAllTypesAsList().stream()
                .filter(type -> !type.getName().startsWith("__"))
                .filter(type -> !(type instanceof GraphQLScalarType && BUILT_IN_SCALARS.contains(type.getName())))
                .sorted(Comparator.comparing(GraphQLNamedType::getName))
                .forEach(type -> {
                    String name = type.getName();
                    if (blank(type.getDescription())) {
                        missing.add(name);
                    }
                    if (type instanceof GraphQLFieldsContainer container) {
                        for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                            if (blank(field.getDescription())) {
                                missing.add(name + "." + field.getName());
                            }
                            for (GraphQLArgument argument : field.getArguments()) {
                                if (blank(argument.getDescription())) {
                                    missing.add(name + "." + field.getName() + "(" + argument.getName() + ")");
                                }
                            }
                        }
                    }
                    if (type instanceof GraphQLInputObjectType input) {
                        for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                            if (blank(field.getDescription())) {
                                missing.add(name + "." + field.getName());
                            }
                        }
                    }
                    if (type instanceof GraphQLEnumType enumType) {
                        for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                            if (blank(value.getDescription())) {
                                missing.add(name + "." + value.getName());
                            }
                        }
                    }
                });
        return missing;
    }

    private static boolean blank(String description) {
        return description == null || description.isBlank();
    }
}
