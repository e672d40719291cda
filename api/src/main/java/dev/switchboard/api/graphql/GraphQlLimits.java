package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpHeaders;

/**
 * Bounds what one GraphQL request may cost, so a hostile document is refused before it does work:
 * its size in characters and tokens (checked while parsing), the depth of its selections, and its
 * complexity, where a field under a list counts once per item the list may hold ({@code first}, or for slots
 * the most one answer holds). A widget key (public, in every visitor's browser) may ask each costly operation
 * once per request, and slot queries under way at once on this instance are bounded: one more is answered
 * {@code BUSY} with {@code Retry-After} rather than queued.
 * Each refusal is a GraphQL error with a {@code code} extension and no internals.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.Limits.class)
class GraphQlLimits {

    /**
     * @param maxCharacters the longest document, in characters
     * @param maxTokens     the most tokens (names, punctuation, values) in a document
     * @param maxDepth      the deepest nesting of selections
     * @param maxComplexity the most fields a request may resolve, counting list items by their page size
     * @param maxSlotQueries the most slot queries ({@code availableSlots}, a submitted lead's {@code openSlots})
     *                       worked out at once on this instance; more are answered {@code BUSY}
     */
    @ConfigurationProperties("switchboard.graphql")
    record Limits(
            Integer maxCharacters, Integer maxTokens, Integer maxDepth, Integer maxComplexity, Integer maxSlotQueries) {
        Limits {
            maxCharacters = maxCharacters == null ? 50_000 : maxCharacters;
            maxTokens = maxTokens == null ? 5_000 : maxTokens;
            maxDepth = maxDepth == null ? 12 : maxDepth;
            maxComplexity = maxComplexity == null ? 20_000 : maxComplexity;
            maxSlotQueries = maxSlotQueries == null ? 8 : maxSlotQueries;
        }
    }

    /**
     * Root fields a public caller (a widget key, or nobody signed in holding a booking's link) may ask at most once
     * in one request: each costs calendar reads or writes, or (the form's shortening) a look-up of what is known of
     * an email, which aliases must not multiply.
     */
    static final Set<String> ONCE_PER_WIDGET_REQUEST = Set.of(
            "availableSlots",
            "submitLead",
            "bookMeeting",
            "formShortening",
            "managedBooking",
            "rescheduleBooking",
            "cancelBooking");

    /** The fields that work out slots, as {@code Type.field}: bounded in number at once. */
    static final Set<String> SLOT_QUERIES = Set.of("Query.availableSlots", "SubmitLeadPayload.openSlots");

    /** Seconds a client is asked to wait when slot queries are busy: one usually takes well under that. */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    /** A list field without {@code first} is counted as this many items. */
    private static final int UNPAGED_LIST_ESTIMATE = 10;

    @Bean
    Instrumentation maxDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext())
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refused(
                        "QUERY_TOO_DEEP",
                        "the query nests " + depth + " levels deep; at most " + maxDepth + " are allowed");
            }
        };
    }

    /** A connection's edges or nodes: its page, already counted by the connection's first. */
    private static boolean pageOfConnection(graphql.analysis.FieldComplexityEnvironment environment) {
        String field = environment.getField().getName();
        return ("edges".equals(field) || "nodes".equals(field))
                && environment.getParentType().getName().endsWith("Connection");
    }

    @Bean
    Instrumentation maxComplexity(Limits limits) {
        FieldComplexityCalculator byPageSize = (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            // A page larger than any connection allows is refused by the connection itself, with its own error.
            // A connection's edges are its page, already counted by first.
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(
                    environment.getFieldDefinition().getType());
            boolean slots = GraphQLTypeUtil.isList(type)
                    && "Slot".equals(GraphQLTypeUtil.unwrapAll(type).getName());
            int items = first instanceof Integer size
                    ? Math.min(Math.max(size, 1), Connection.MAX_PAGE)
                    : slots
                            ? SchedulingViews.AvailableSlotsView.MAX_SLOTS
                            : !pageOfConnection(environment)
                                            && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment
                                                    .getFieldDefinition()
                                                    .getType()))
                                    ? UNPAGED_LIST_ESTIMATE
                                    : 1;
            return 1 + items * childComplexity;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), byPageSize) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext())
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refused(
                        "QUERY_TOO_COMPLEX",
                        "the query would resolve about " + complexity + " fields; at most " + maxComplexity
                                + " are allowed: ask for fewer fields or smaller pages");
            }
        };
    }

    @Bean
    Instrumentation oncePerWidgetRequest() {
        return new Instrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                ExecutionContext execution = parameters.getExecutionContext();
                Object caller = execution.getGraphQLContext().get(Caller.CONTEXT_KEY);
                if (caller instanceof Caller.Widget || caller instanceof Caller.Anonymous) {
                    Map<String, Integer> asked = new HashMap<>();
                    count(
                            execution.getOperationDefinition().getSelectionSet(),
                            execution.getFragmentsByName(),
                            asked,
                            0);
                    for (Map.Entry<String, Integer> field : asked.entrySet()) {
                        if (field.getValue() > 1) {
                            throw refused(
                                    "TOO_MANY_OPERATIONS",
                                    "a widget key or a booking link may ask " + field.getKey()
                                            + " once per request; this request asks it " + field.getValue() + " times");
                        }
                    }
                }
                return Instrumentation.super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /** Counts the root fields of interest, through fragments (validation has refused cycles before this runs). */
    private static void count(
            SelectionSet selections, Map<String, FragmentDefinition> fragments, Map<String, Integer> asked, int depth) {
        if (selections == null || depth > 20) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field && ONCE_PER_WIDGET_REQUEST.contains(field.getName())) {
                asked.merge(field.getName(), 1, Integer::sum);
            } else if (selection instanceof InlineFragment inline) {
                count(inline.getSelectionSet(), fragments, asked, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                count(fragments.get(spread.getName()).getSelectionSet(), fragments, asked, depth + 1);
            }
        }
    }

    @Bean
    Instrumentation boundedSlotQueries(Limits limits) {
        Semaphore permits = new Semaphore(limits.maxSlotQueries());
        return new Instrumentation() {
            @Override
            public DataFetcher<?> instrumentDataFetcher(
                    DataFetcher<?> fetcher,
                    InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                DataFetchingEnvironment environment = parameters.getEnvironment();
                if (!(environment.getParentType() instanceof GraphQLObjectType parent)
                        || !SLOT_QUERIES.contains(parent.getName() + "."
                                + environment.getFieldDefinition().getName())) {
                    return fetcher;
                }
                return env -> {
                    if (!permits.tryAcquire()) {
                        throw new Busy();
                    }
                    Object result;
                    try {
                        result = fetcher.get(env);
                    } catch (Exception | Error e) {
                        permits.release();
                        throw e;
                    }
                    if (result instanceof CompletionStage<?> pending) {
                        return pending.whenComplete((value, error) -> permits.release());
                    }
                    permits.release();
                    return result;
                };
            }
        };
    }

    /** Raised when every permit for slot queries is taken; answered {@code BUSY}, with {@code Retry-After}. */
    static final class Busy extends RuntimeException {
        Busy() {
            super(
                    "this instance is working out as many slot queries as it takes at once; try again in "
                            + BUSY_RETRY_AFTER_SECONDS + " s",
                    null,
                    false,
                    false);
        }
    }

    /** Tells HTTP clients when to come back, beside the error's code, when a request met a busy limit. */
    @Bean
    WebGraphQlInterceptor retryAfterWhenBusy() {
        return (request, chain) -> chain.next(request).map(response -> {
            boolean busy = response.getExecutionResult().getErrors().stream()
                    .anyMatch(e -> e.getExtensions() != null
                            && "BUSY".equals(e.getExtensions().get("code")));
            if (busy) {
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(BUSY_RETRY_AFTER_SECONDS));
            }
            return response;
        });
    }

    /**
     * A query of introspection fields only ({@code __schema}, {@code __type}, {@code __typename}) is bounded by
     * graphql-java's good-faith introspection check (at most 500 fields, 20 levels, each meta field a few times),
     * not by the limits above: the introspection query GraphiQL and client generators send nests deeper than any
     * data query needs. Who may introspect at all is the OperationGate's decision.
     */
    static boolean introspectionOnly(ExecutionContext context) {
        OperationDefinition operation = context.getOperationDefinition();
        return operation.getOperation() == OperationDefinition.Operation.QUERY
                && operation.getSelectionSet().getSelections().stream()
                        .allMatch(selection -> selection instanceof Field field
                                && field.getName().startsWith("__"));
    }

    /** Parser limits go with each request, so they hold whatever graphql-java's global defaults are. */
    @Bean
    WebGraphQlInterceptor parserLimits(Limits limits) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(builder -> builder.maxCharacters(limits.maxCharacters())
                        .maxTokens(limits.maxTokens())
                        .maxWhitespaceTokens(limits.maxTokens() * 4)
                        .maxRuleDepth(limits.maxDepth() * 10)
                        .redactTokenParserErrorMessages(true));
        return (request, chain) -> {
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(context -> context.put(ParserOptions.class, options))
                            .build());
            return chain.next(request).map(response -> {
                List<GraphQLError> raised = response.getExecutionResult().getErrors();
                List<GraphQLError> errors =
                        raised.stream().map(GraphQlLimits::withSyntaxCode).toList();
                return errors.equals(raised) ? response : response.transform(b -> b.errors(errors));
            });
        };
    }

    /**
     * Parse failures carry no code of their own; a document cut off by a limit above is told apart
     * from a plain syntax error by graphql-java's wording ("more than N ... have been presented").
     */
    private static GraphQLError withSyntaxCode(GraphQLError error) {
        if (error.getErrorType() == null
                || !"InvalidSyntax".equals(error.getErrorType().toString())
                || (error.getExtensions() != null && error.getExtensions().containsKey("code"))) {
            return error;
        }
        boolean cutOff = error.getMessage() != null && error.getMessage().contains("have been presented");
        return GraphqlErrorBuilder.newError()
                .errorType(error.getErrorType())
                .message(error.getMessage())
                .locations(error.getLocations())
                .extensions(Map.of("code", cutOff ? "DOCUMENT_TOO_LARGE" : "INVALID_SYNTAX"))
                .build();
    }

    private static AbortExecutionException refused(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(Map.of("code", code))
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
