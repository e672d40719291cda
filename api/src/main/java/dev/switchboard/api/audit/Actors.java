package dev.switchboard.api.audit;

import dev.switchboard.access.Caller;
import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * Who is making a GraphQL request, as the audit log names them: the signed-in user's email, or an API key's
 * name; {@code system} for changes nobody signed in made (scheduled jobs).
 */
public interface Actors {

    String SYSTEM = "system";

    String of(WebGraphQlRequest request);

    /** The caller sign-in established for the request (see {@code CallerFilter}). */
    static Actors signedIn() {
        return request ->
                request.getAttributes().get(Caller.CONTEXT_KEY) instanceof Caller caller && caller.name() != null
                        ? caller.name()
                        : SYSTEM;
    }
}
