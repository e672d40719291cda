package dev.switchboard.api.audit;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/** Names the request's actor once, in the GraphQL context, where the audit reads it. */
public final class ActorInterceptor implements WebGraphQlInterceptor {

    static final String ACTOR = "switchboard.actor";

    private final Actors actors;

    public ActorInterceptor(Actors actors) {
        this.actors = actors;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String actor = actors.of(request);
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(Map.of(ACTOR, actor)).build());
        return chain.next(request);
    }
}
