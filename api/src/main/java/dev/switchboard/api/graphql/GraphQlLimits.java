package dev.switchboard.api.graphql;

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
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import java.util.List;
import java.util.Map;

/**
 * Bounds what one GraphQL request may cost, so a hostile document is refused before it does work:
 * its size in characters and tokens (checked while parsing), the depth of its selections, and its
 * complexity, where a field under a list counts once per item the list may hold ({@code first}).
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
     */
    @ConfigurationProperties("switchboard.graphql")
    record Limits(Integer maxCharacters, Integer maxTokens, Integer maxDepth, Integer maxComplexity) {
        Limits {
            maxCharacters = maxCharacters == null ? 50_000 : maxCharacters;
            maxTokens = maxTokens == null ? 5_000 : maxTokens;
            maxDepth = maxDepth == null ? 12 : maxDepth;
            maxComplexity = maxComplexity == null ? 20_000 : maxComplexity;
        }
    }

    /** A list field without {@code first} is counted as this many items. */
    private static final int UNPAGED_LIST_ESTIMATE = 10;

    @Bean
    Instrumentation maxDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refused("QUERY_TOO_DEEP", "the query nests " + depth + " levels deep; at most " + maxDepth + " are allowed");
            }
        };
    }

    @Bean
    Instrumentation maxComplexity(Limits limits) {
        FieldComplexityCalculator byPageSize = (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            // A page larger than any connection allows is refused by the connection itself, with its own error.
            // A connection's edges are its page, already counted by first.
            int items = first instanceof Integer size ? Math.min(Math.max(size, 1), Connection.MAX_PAGE)
                    : !"edges".equals(environment.getField().getName())
                    && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()))
                    ? UNPAGED_LIST_ESTIMATE : 1;
            return 1 + items * childComplexity;
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), byPageSize) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refused("QUERY_TOO_COMPLEX", "the query would resolve about " + complexity
                        + " fields; at most " + maxComplexity + " are allowed: ask for fewer fields or smaller pages");
            }
        };
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
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }

    /** Parser limits go with each request, so they hold whatever graphql-java's global defaults are. */
    @Bean
    WebGraphQlInterceptor parserLimits(Limits limits) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(builder -> builder
                .maxCharacters(limits.maxCharacters())
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(limits.maxTokens() * 4)
                .maxRuleDepth(limits.maxDepth() * 10)
                .redactTokenParserErrorMessages(true));
        return (request, chain) -> {
            request.configureExecutionInput((input, builder) -> builder
                    .graphQLContext(context -> context.put(ParserOptions.class, options)).build());
            return chain.next(request).map(response -> {
                List<GraphQLError> raised = response.getExecutionResult().getErrors();
                List<GraphQLError> errors = raised.stream().map(GraphQlLimits::withSyntaxCode).toList();
                return errors.equals(raised) ? response : response.transform(b -> b.errors(errors));
            });
        };
    }

    /**
     * Parse failures carry no code of their own; a document cut off by a limit above is told apart
     * from a plain syntax error by graphql-java's wording ("more than N ... have been presented").
     */
    private static GraphQLError withSyntaxCode(GraphQLError error) {
        if (error.getErrorType() == null || !"InvalidSyntax".equals(error.getErrorType().toString())
                || (error.getExtensions() != null && error.getExtensions().containsKey("code"))) {
            return error;
        }
        boolean cutOff = error.getMessage() != null && error.getMessage().contains("have been presented");
        return GraphqlErrorBuilder.newError().errorType(error.getErrorType()).message(error.getMessage())
                .locations(error.getLocations())
                .extensions(Map.of("code", cutOff ? "DOCUMENT_TOO_LARGE" : "INVALID_SYNTAX")).build();
    }

    private static AbortExecutionException refused(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("code", code)).build();
        return new AbortExecutionException(List.of(error));
    }
}
