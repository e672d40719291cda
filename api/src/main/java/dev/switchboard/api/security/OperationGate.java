package dev.switchboard.api.security;

import dev.switchboard.access.Caller;
import dev.switchboard.access.OperationPolicy;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Applies the {@link OperationPolicy} to every root field of every request: the caller the HTTP layer found
 * (see {@link CallerFilter}) goes into the GraphQL context, and each Query, Mutation or Subscription field is
 * checked before its data fetcher runs, and so is each nested field the policy keeps from public callers
 * ({@link OperationPolicy#guards}). A refused field resolves to null with a typed error; the request's other
 * fields are answered as usual.
 */
@Component
class OperationGate implements Instrumentation, WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object found = request.getAttributes().get(Caller.CONTEXT_KEY);
        if (found == null && request instanceof WebSocketGraphQlRequest socket) {
            // Over a WebSocket the caller is whoever the handshake (an HTTP request) authenticated.
            return socket.getSessionInfo()
                    .getPrincipal()
                    .map(principal -> principal instanceof CallerAuthentication known
                            ? known.caller()
                            : (Caller) new Caller.Anonymous())
                    .defaultIfEmpty(new Caller.Anonymous())
                    .flatMap(caller -> proceed(request, chain, caller));
        }
        return proceed(request, chain, found instanceof Caller c ? c : new Caller.Anonymous());
    }

    private static Mono<WebGraphQlResponse> proceed(WebGraphQlRequest request, Chain chain, Caller caller) {
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(
                        context -> context.put(Caller.CONTEXT_KEY, caller)
                                .put(Introspection.INTROSPECTION_DISABLED, !mayReadSchema(caller)))
                .build());
        return chain.next(request);
    }

    /**
     * The whole schema, admin operations included, is a map for whoever would attack them: only admins and API keys
     * (integrations generating clients) may introspect it, in every profile. Anonymous callers, widget keys and reps
     * get an error for {@code __schema} and {@code __type}; {@code __typename} stays open to all.
     */
    static boolean mayReadSchema(Caller caller) {
        return caller instanceof Caller.Admin || caller instanceof Caller.Integration;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetchingEnvironment env = parameters.getEnvironment();
        // Introspection (__schema, __type) is allowed or not per request (mayReadSchema); __typename is open to all.
        if (!(env.getParentType() instanceof GraphQLObjectType parent)
                || env.getField().getName().startsWith("__")) {
            return dataFetcher;
        }
        if (!isRoot(parent, env.getGraphQLSchema())) {
            String field = parent.getName() + "." + env.getField().getName();
            if (!OperationPolicy.SWITCHBOARD.guards(field)) {
                return dataFetcher;
            }
            return environment -> {
                OperationPolicy.SWITCHBOARD.checkField(field, callerOf(environment));
                return dataFetcher.get(environment);
            };
        }
        String operation = parent.getName() + "." + env.getField().getName();
        return environment -> {
            OperationPolicy.SWITCHBOARD.check(operation, callerOf(environment));
            return dataFetcher.get(environment);
        };
    }

    static Caller callerOf(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.CONTEXT_KEY);
        return caller == null ? new Caller.Anonymous() : caller;
    }

    private static boolean isRoot(GraphQLObjectType type, GraphQLSchema schema) {
        return type == schema.getQueryType()
                || type == schema.getMutationType()
                || type == schema.getSubscriptionType();
    }
}
