package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Tells a client, in the answer itself, which deprecated parts of the schema its request used, so an integration
 * learns of a coming removal from its own traffic rather than from a changelog it may not read: each field,
 * argument, input field and enum value marked {@code @deprecated} that the request selected or sent (an explicit
 * {@code null} counts: the field's removal would refuse it too) is listed in {@code extensions.deprecated} with its
 * schema coordinate and reason. Operators see the same uses counted by coordinate and kind of caller
 * ({@code switchboard.graphql.deprecated}), which says when a deprecated part has no users left and may go.
 */
@Component
class DeprecatedUses implements Instrumentation {

    /** The answer's extension that lists the deprecated parts used. */
    static final String EXTENSION = "deprecated";

    private final MeterRegistry registry;

    DeprecatedUses(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A deprecated part of the schema that one request used: its coordinate (e.g. {@code PoolMemberInput.filter}). */
    record Use(String coordinate, String reason) {}

    /** The uses found in one request, by coordinate. */
    private static final class Found implements InstrumentationState {
        private final SortedMap<String, String> reasons = new TreeMap<>();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Found();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (state instanceof Found found && !GraphQlLimits.introspectionOnly(execution)) {
            QueryTraverser.newQueryTraverser()
                    .schema(execution.getGraphQLSchema())
                    .document(execution.getDocument())
                    .operationName(execution.getOperationDefinition().getName())
                    .coercedVariables(execution.getCoercedVariables())
                    .build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment environment) {
                            field(environment, found.reasons);
                        }
                    });
            String caller = callerKind(execution.getGraphQLContext().get(Caller.CONTEXT_KEY));
            found.reasons
                    .keySet()
                    .forEach(coordinate -> registry.counter(
                                    "switchboard.graphql.deprecated", "coordinate", coordinate, "caller", caller)
                            .increment());
        }
        return Instrumentation.super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Found found) || found.reasons.isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<Map<String, String>> uses = found.reasons.entrySet().stream()
                .map(use -> Map.of("coordinate", use.getKey(), "reason", use.getValue()))
                .toList();
        return CompletableFuture.completedFuture(result.transform(answer -> answer.addExtension(EXTENSION, uses)));
    }

    private static void field(QueryVisitorFieldEnvironment environment, Map<String, String> reasons) {
        GraphQLFieldDefinition definition = environment.getFieldDefinition();
        if (environment.isTypeNameIntrospectionField() || definition.getName().startsWith("__")) {
            return;
        }
        String coordinate = containerName(environment.getFieldsContainer()) + "." + definition.getName();
        if (definition.isDeprecated()) {
            reasons.put(coordinate, definition.getDeprecationReason());
        }
        for (Map.Entry<String, Object> sent : environment.getArguments().entrySet()) {
            GraphQLArgument argument = definition.getArgument(sent.getKey());
            if (argument == null) {
                continue;
            }
            if (argument.isDeprecated()) {
                reasons.put(coordinate + "(" + argument.getName() + ":)", argument.getDeprecationReason());
            }
            value(argument.getType(), sent.getValue(), reasons);
        }
    }

    /** Walks a sent value with its input type: input fields sent and enum values used. */
    private static void value(GraphQLInputType type, Object value, Map<String, String> reasons) {
        if (value == null) {
            return;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list && value instanceof Iterable<?> items) {
            for (Object item : items) {
                value((GraphQLInputType) list.getWrappedType(), item, reasons);
            }
        } else if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> sent : fields.entrySet()) {
                GraphQLInputObjectField field = object.getField(String.valueOf(sent.getKey()));
                if (field == null) {
                    continue;
                }
                if (field.isDeprecated()) {
                    reasons.put(object.getName() + "." + field.getName(), field.getDeprecationReason());
                }
                value(field.getType(), sent.getValue(), reasons);
            }
        } else if (bare instanceof GraphQLEnumType enumeration) {
            for (GraphQLEnumValueDefinition option : enumeration.getValues()) {
                if (option.isDeprecated()
                        && (Objects.equals(option.getValue(), value)
                                || option.getName().equals(value))) {
                    reasons.put(enumeration.getName() + "." + option.getName(), option.getDeprecationReason());
                }
            }
        }
    }

    private static String containerName(GraphQLFieldsContainer container) {
        return container == null ? "?" : container.getName();
    }

    /** The kind of caller, a small fixed set, so the counter's series stay few. */
    private static String callerKind(Object caller) {
        return caller instanceof Caller known ? known.getClass().getSimpleName().toLowerCase(Locale.ROOT) : "anonymous";
    }
}
