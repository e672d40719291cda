package dev.switchboard.api.graphql;

import dev.switchboard.access.Refused;
import dev.switchboard.domain.model.InputRejected;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions thrown while fetching data into GraphQL errors: bad arguments to queries become
 * BAD_REQUEST with the code and field, anything unexpected becomes INTERNAL_ERROR with a reference
 * to the server log and nothing of the cause (no message, class name or stack trace).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    /** Several faults at once (a use case that checks every part) are one error each; the rest one error. */
    @Override
    protected java.util.List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof dev.switchboard.domain.model.InputsRejected several) {
            return several.faults().stream()
                    .map(fault -> resolveToSingleError(fault, env))
                    .toList();
        }
        GraphQLError single = resolveToSingleError(ex, env);
        return single == null ? null : java.util.List.of(single);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InputRejected rejected) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", rejected.code().name());
            extensions.put("field", rejected.field());
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(rejected.getMessage())
                    .extensions(extensions)
                    .build();
        }
        if (ex instanceof Refused refused) {
            ErrorType type = "UNAUTHENTICATED".equals(refused.code())
                    ? ErrorType.UNAUTHORIZED
                    : "FORBIDDEN".equals(refused.code()) ? ErrorType.FORBIDDEN : ErrorType.BAD_REQUEST;
            return GraphqlErrorBuilder.newError(env)
                    .errorType(type)
                    .message(refused.getMessage())
                    .extensions(Map.of("code", refused.code()))
                    .build();
        }
        if (ex instanceof GraphQlLimits.Busy busy) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorClassification.errorClassification("UNAVAILABLE"))
                    .message(busy.getMessage())
                    .extensions(Map.of("code", "BUSY", "retryAfterSeconds", GraphQlLimits.BUSY_RETRY_AFTER_SECONDS))
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure in {} (reference {})", env.getField().getName(), reference, ex);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; reference " + reference)
                .extensions(Map.of("code", "INTERNAL_ERROR", "reference", reference))
                .build();
    }
}
