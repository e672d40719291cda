package dev.switchboard.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the errors that graphql-java raises before any of our code runs (a wrong type, a missing
 * required field, an unknown field) the same {@code code} and {@code field} extensions our own
 * errors carry, so a client can point at the input field at fault whichever layer refused it.
 * <p>
 * graphql-java names the field for literal arguments but not inside variables, so for a variable
 * the value is walked against its declared type to find the first field that does not fit.
 */
@Component
class RequestErrors implements WebGraphQlInterceptor {

    private static final Pattern VARIABLE = Pattern.compile("^Variable '([_A-Za-z][_0-9A-Za-z]*)'");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([_A-Za-z][_0-9A-Za-z.\\[\\]]*)'");

    private final ObjectProvider<GraphQlSource> graphQlSource;

    RequestErrors(ObjectProvider<GraphQlSource> graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    /** Where an input went wrong: the variable (named once known), the path below it, and why. */
    record Fault(String variable, String field, String code) {
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> raised = response.getExecutionResult().getErrors();
            if (raised.stream().noneMatch(RequestErrors::isValidationError)) {
                return response;
            }
            List<GraphQLError> errors = raised.stream()
                    .map(error -> isValidationError(error) ? describe(error, request) : error)
                    .toList();
            return response.transform(builder -> builder.errors(errors));
        });
    }

    private static boolean isValidationError(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return type != null && "ValidationError".equals(type.toString())
                && (error.getExtensions() == null || !error.getExtensions().containsKey("code"));
    }

    private GraphQLError describe(GraphQLError error, WebGraphQlRequest request) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", "INVALID_REQUEST");
        String message = error.getMessage() == null ? "" : error.getMessage();
        Matcher argument = ARGUMENT.matcher(message);
        if (argument.find()) {
            String path = argument.group(1);
            int dot = path.indexOf('.');
            extensions.put("argument", dot < 0 ? path : path.substring(0, dot));
            extensions.put("code", "INVALID_TYPE");
            if (dot >= 0) {
                extensions.put("field", path.substring(dot + 1));
            }
        } else {
            // Some messages name the variable, some (an unknown field) do not: then every variable is checked.
            Matcher variable = VARIABLE.matcher(message);
            String named = variable.find() ? variable.group(1) : null;
            faultIn(request, named).ifPresent(fault -> {
                extensions.put("variable", fault.variable());
                extensions.put("code", fault.code());
                extensions.put("field", fault.field());
            });
        }
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    /** The first fault in the named variable, or in any variable when {@code variableName} is null. */
    private Optional<Fault> faultIn(WebGraphQlRequest request, String variableName) {
        try {
            GraphQLSchema schema = graphQlSource.getObject().schema();
            Document document = Parser.parse(request.getDocument());
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                if (request.getOperationName() != null && !request.getOperationName().equals(operation.getName())) {
                    continue;
                }
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    if (variableName == null || definition.getName().equals(variableName)) {
                        GraphQLInputType type = (GraphQLInputType) TypeFromAST.getTypeFromAST(schema, definition.getType());
                        Optional<Fault> fault = locate(type, request.getVariables().get(definition.getName()), "")
                                .map(f -> new Fault(definition.getName(), f.field(), f.code()));
                        if (fault.isPresent()) {
                            return fault;
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // Describing the error is best effort; the original message still reaches the client.
        }
        return Optional.empty();
    }

    /** The first place in {@code value} that does not fit {@code type}, or empty when it all fits. */
    static Optional<Fault> locate(GraphQLInputType type, Object value, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                return Optional.of(new Fault(null, path, "REQUIRED"));
            }
            return locate((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> items)) {
                return locate(element, value, path);
            }
            for (int i = 0; i < items.size(); i++) {
                Optional<Fault> fault = locate(element, items.get(i), path + "[" + i + "]");
                if (fault.isPresent()) {
                    return fault;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return Optional.of(new Fault(null, path, "INVALID_TYPE"));
            }
            for (Object key : fields.keySet()) {
                if (object.getField(String.valueOf(key)) == null) {
                    return Optional.of(new Fault(null, join(path, String.valueOf(key)), "UNKNOWN_FIELD"));
                }
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                Optional<Fault> fault = locate(field.getType(), fields.get(field.getName()), join(path, field.getName()));
                if (fault.isPresent()) {
                    return fault;
                }
            }
            return Optional.empty();
        }
        try {
            if (type instanceof GraphQLScalarType scalar) {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
            } else if (type instanceof GraphQLEnumType enumeration) {
                enumeration.parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new Fault(null, path, "INVALID_TYPE"));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
