package dev.switchboard.api.audit;

import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * Who is making a GraphQL request, as the audit log names them. Until sign-in exists the default takes the
 * {@code Switchboard-Actor} header, or {@code system} without one; a sign-in module replaces it by declaring its
 * own {@code Actors} bean that names the signed-in principal.
 */
public interface Actors {

    String HEADER = "Switchboard-Actor";
    String SYSTEM = "system";

    String of(WebGraphQlRequest request);

    /** The fallback until sign-in exists: the header's value (at most 200 characters), else {@code system}. */
    static Actors fromHeader() {
        return request -> {
            String named = request.getHeaders().getFirst(HEADER);
            if (named == null || named.isBlank()) {
                return SYSTEM;
            }
            String name = named.strip();
            return name.length() > 200 ? name.substring(0, 200) : name;
        };
    }
}
