package dev.switchboard.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.TypeFromAST;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

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
    private static final Pattern ROOT = Pattern.compile("@\\[([^\\]]*)\\]");
    private static final Pattern NOT_VALID =
            Pattern.compile("is not a valid '([_A-Za-z0-9]+)'(?: - (.*))?$", Pattern.DOTALL);
    private static final Pattern WAS_A = Pattern.compile("but it was a '([_A-Za-z0-9]+)'");
    private static final Pattern MISSING = Pattern.compile("is missing required fields '\\[([^\\]]*)\\]'");
    private static final Pattern NOT_IN =
            Pattern.compile("contains a field not in '([_A-Za-z0-9]+)': '([_A-Za-z0-9]+)'");
    /** graphql-java's words for a {@code @oneOf} input given none, several, or a null. */
    private static final Pattern ONE_OF = Pattern.compile(
            "Exactly one key must be specified for OneOf type '([_A-Za-z0-9]+)'|OneOf type field '([_A-Za-z0-9.]+)' must be non-null");

    private static final int MAX_NAMED_VALUES = 12;

    private final ObjectProvider<GraphQlSource> graphQlSource;

    RequestErrors(ObjectProvider<GraphQlSource> graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    /**
     * Where an input went wrong: the variable (named once known), the path below it, why as a code, and what was
     * wrong in words, e.g. "expected a String, got an object".
     */
    record Fault(String variable, String field, String code, String problem) {}

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
        return type != null
                && "ValidationError".equals(type.toString())
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
            Matcher root = ROOT.matcher(message);
            String where =
                    (root.find() && !root.group(1).isBlank() ? root.group(1).replace('/', '.') + "." : "") + path;
            message = literal(message, where, extensions);
        } else {
            // Some messages name the variable, some (an unknown field) do not: then every variable is checked.
            Matcher variable = VARIABLE.matcher(message);
            String named = variable.find() ? variable.group(1) : null;
            Optional<Fault> fault = faultIn(request, named);
            if (fault.isEmpty() && ONE_OF.matcher(message).find()) {
                // A @oneOf literal: graphql-java names the type but not where it is.
                fault = oneOfInLiteral(request);
            }
            if (fault.isPresent()) {
                extensions.put("variable", fault.get().variable());
                extensions.put("code", fault.get().code());
                extensions.put("field", fault.get().field());
                String where = usedAt(request, fault.get().variable());
                String field = fault.get().field();
                message = (field.isEmpty() ? where : where + "." + field) + ": "
                        + fault.get().problem();
            }
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /**
     * graphql-java's words for a literal argument that does not fit, which quote the parsed document
     * ({@code ObjectValue{objectFields=[...]}}), said again in the caller's terms.
     */
    private static String literal(String message, String where, Map<String, Object> extensions) {
        Matcher missing = MISSING.matcher(message);
        if (missing.find()) {
            String first = missing.group(1).split(",")[0].strip();
            extensions.put("code", "REQUIRED");
            extensions.put("field", extensions.containsKey("field") ? extensions.get("field") + "." + first : first);
            return where + "." + first + ": required, but missing";
        }
        Matcher notIn = NOT_IN.matcher(message);
        if (notIn.find()) {
            extensions.put("code", "UNKNOWN_FIELD");
            extensions.put(
                    "field",
                    extensions.containsKey("field") ? extensions.get("field") + "." + notIn.group(2) : notIn.group(2));
            return where + "." + notIn.group(2) + ": no such field in " + notIn.group(1);
        }
        Matcher notValid = NOT_VALID.matcher(message);
        if (notValid.find()) {
            String expected = article(notValid.group(1));
            Matcher was = WAS_A.matcher(message);
            if (was.find()) {
                return where + ": expected " + expected + ", got " + astKind(was.group(1));
            }
            String detail = notValid.group(2);
            if (detail != null && detail.contains(Scalars.OUT_OF_RANGE)) {
                extensions.put("code", "OUT_OF_RANGE");
            }
            return where + ": expected " + expected + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
        }
        return where + ": does not fit its type";
    }

    private static String astKind(String astClass) {
        return switch (astClass) {
            case "ObjectValue" -> "an object";
            case "ArrayValue" -> "a list";
            case "IntValue" -> "a whole number";
            case "FloatValue" -> "a number";
            case "StringValue" -> "text";
            case "BooleanValue" -> "true or false";
            case "EnumValue" -> "a name";
            case "NullValue" -> "null";
            default -> "another kind of value";
        };
    }

    private static String article(String typeName) {
        return ("AEIOU".indexOf(Character.toUpperCase(typeName.charAt(0))) >= 0 ? "an " : "a ") + typeName;
    }

    /** Where a variable is used, e.g. {@code submitLead.input}, or {@code $input} when it cannot be told. */
    private static String usedAt(WebGraphQlRequest request, String variable) {
        try {
            for (OperationDefinition operation :
                    Parser.parse(request.getDocument()).getDefinitionsOfType(OperationDefinition.class)) {
                if (request.getOperationName() != null
                        && !request.getOperationName().equals(operation.getName())) {
                    continue;
                }
                for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                    if (selection instanceof Field field) {
                        for (Argument argument : field.getArguments()) {
                            if (argument.getValue() instanceof VariableReference reference
                                    && reference.getName().equals(variable)) {
                                return field.getName() + "." + argument.getName();
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // Best effort, as below.
        }
        return "$" + variable;
    }

    /**
     * The first {@code @oneOf} object written in the document's arguments with other than one field set, as a fault
     * whose variable names the root field and argument ({@code connectCalendar.input}).
     */
    private Optional<Fault> oneOfInLiteral(WebGraphQlRequest request) {
        try {
            GraphQLSchema schema = graphQlSource.getObject().schema();
            for (OperationDefinition operation :
                    Parser.parse(request.getDocument()).getDefinitionsOfType(OperationDefinition.class)) {
                GraphQLObjectType root = switch (operation.getOperation()) {
                    case MUTATION -> schema.getMutationType();
                    case SUBSCRIPTION -> schema.getSubscriptionType();
                    default -> schema.getQueryType();
                };
                for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
                    if (root != null
                            && selection instanceof Field field
                            && root.getFieldDefinition(field.getName()) != null) {
                        for (Argument argument : field.getArguments()) {
                            GraphQLArgument definition =
                                    root.getFieldDefinition(field.getName()).getArgument(argument.getName());
                            Optional<Fault> fault = definition == null
                                    ? Optional.empty()
                                    : oneOfIn(definition.getType(), argument.getValue(), "");
                            if (fault.isPresent()) {
                                return Optional.of(new Fault(
                                        field.getName() + "." + argument.getName(),
                                        fault.get().field(),
                                        fault.get().code(),
                                        fault.get().problem()));
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // Best effort, as below.
        }
        return Optional.empty();
    }

    private static Optional<Fault> oneOfIn(GraphQLInputType type, Value<?> value, String path) {
        GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list && value instanceof ArrayValue array) {
            for (int i = 0; i < array.getValues().size(); i++) {
                Optional<Fault> fault = oneOfIn(
                        (GraphQLInputType) list.getWrappedType(),
                        array.getValues().get(i),
                        path + "[" + i + "]");
                if (fault.isPresent()) {
                    return fault;
                }
            }
        } else if (bare instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
            List<String> set = fields.getObjectFields().stream()
                    .filter(f -> !(f.getValue() instanceof NullValue))
                    .map(ObjectField::getName)
                    .toList();
            if (object.isOneOf() && (set.size() != 1 || fields.getObjectFields().size() != 1)) {
                return Optional.of(new Fault(
                        null,
                        path,
                        "INVALID_TYPE",
                        "exactly one of " + choices(object) + ", set and not null; got "
                                + (set.isEmpty() ? "none" : String.join(" and ", set))));
            }
            for (ObjectField field : fields.getObjectFields()) {
                GraphQLInputObjectField definition = object.getField(field.getName());
                if (definition != null) {
                    Optional<Fault> fault =
                            oneOfIn(definition.getType(), field.getValue(), join(path, field.getName()));
                    if (fault.isPresent()) {
                        return fault;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first fault in the named variable, or in any variable when {@code variableName} is null. */
    private Optional<Fault> faultIn(WebGraphQlRequest request, String variableName) {
        try {
            GraphQLSchema schema = graphQlSource.getObject().schema();
            Document document = Parser.parse(request.getDocument());
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                if (request.getOperationName() != null
                        && !request.getOperationName().equals(operation.getName())) {
                    continue;
                }
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    if (variableName == null || definition.getName().equals(variableName)) {
                        GraphQLInputType type =
                                (GraphQLInputType) TypeFromAST.getTypeFromAST(schema, definition.getType());
                        Optional<Fault> fault = locate(
                                        type, request.getVariables().get(definition.getName()), "")
                                .map(f -> new Fault(definition.getName(), f.field(), f.code(), f.problem()));
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
                return Optional.of(new Fault(
                        null,
                        path,
                        "REQUIRED",
                        "required, but missing (expected " + expected((GraphQLInputType) nonNull.getWrappedType())
                                + ")"));
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
                return Optional.of(
                        new Fault(null, path, "INVALID_TYPE", "expected " + expected(object) + ", got " + kind(value)));
            }
            for (Object key : fields.keySet()) {
                if (object.getField(String.valueOf(key)) == null) {
                    return Optional.of(new Fault(
                            null,
                            join(path, String.valueOf(key)),
                            "UNKNOWN_FIELD",
                            "no such field in " + object.getName()));
                }
            }
            if (object.isOneOf()
                    && (fields.size() != 1 || fields.values().stream().anyMatch(java.util.Objects::isNull))) {
                List<String> set = fields.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .map(e -> String.valueOf(e.getKey()))
                        .toList();
                return Optional.of(new Fault(
                        null,
                        path,
                        "INVALID_TYPE",
                        "exactly one of " + choices(object) + ", set and not null; got "
                                + (set.isEmpty() ? "none" : String.join(" and ", set))));
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                Optional<Fault> fault =
                        locate(field.getType(), fields.get(field.getName()), join(path, field.getName()));
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
            String expected = expected(type);
            boolean ownScalar = type instanceof GraphQLScalarType scalar && Scalars.OWN.contains(scalar.getName());
            if (ownScalar && value instanceof String && e.getMessage() != null) {
                // Right kind, wrong content: our scalars say what they take.
                boolean outOfRange = e.getMessage().contains(Scalars.OUT_OF_RANGE);
                return Optional.of(new Fault(
                        null,
                        path,
                        outOfRange ? "OUT_OF_RANGE" : "INVALID_TYPE",
                        "expected " + expected + ": " + e.getMessage()));
            }
            String got = type instanceof GraphQLEnumType && value instanceof String text
                    ? "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'"
                    : kind(value);
            return Optional.of(new Fault(null, path, "INVALID_TYPE", "expected " + expected + ", got " + got));
        }
    }

    /** The type in words: "a String", "one of LOW, HIGH", "an object (SubmitLeadInput)". */
    private static String expected(GraphQLInputType type) {
        GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return "a list of " + GraphQLTypeUtil.simplePrint(list.getWrappedType());
        }
        if (bare instanceof GraphQLInputObjectType object) {
            return "an object (" + object.getName() + ")";
        }
        if (bare instanceof GraphQLEnumType enumeration) {
            List<String> names = enumeration.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName)
                    .toList();
            return "one of " + String.join(", ", names.subList(0, Math.min(names.size(), MAX_NAMED_VALUES)))
                    + (names.size() > MAX_NAMED_VALUES ? ", …" : "");
        }
        return article(GraphQLTypeUtil.simplePrint(bare));
    }

    /** A {@code @oneOf} input's fields in words: "caldav, icsFeed or googleServiceAccount". */
    private static String choices(GraphQLInputObjectType object) {
        List<String> names = object.getFields().stream()
                .map(GraphQLInputObjectField::getName)
                .toList();
        return names.size() < 2
                ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** A JSON value's kind in words. */
    private static String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "a whole number";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "another kind of value";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
