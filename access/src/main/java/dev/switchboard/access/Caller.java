package dev.switchboard.access;

import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.RepId;
import java.util.Set;

/** Who sent a request, as the GraphQL layer sees it; each kind answers whether an operation's access admits it. */
public sealed interface Caller {

    /** The GraphQL context key under which each request's caller is found. */
    String CONTEXT_KEY = "switchboard.caller";

    boolean admittedBy(Access access);

    /** Whether a refusal should say "sign in" rather than "not allowed". */
    default boolean anonymous() {
        return false;
    }

    /** The id recorded as who made a change, e.g. a re-assignment's {@code by}; null when nobody signed in. */
    default String name() {
        return null;
    }

    record Anonymous() implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return access.anonymous();
        }

        @Override
        public boolean anonymous() {
            return true;
        }
    }

    record Admin(String userId, String email) implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return true;
        }

        @Override
        public String name() {
            return email;
        }
    }

    record Rep(String userId, String email, RepId repId) implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return access.anonymous() || access.rep();
        }

        @Override
        public String name() {
            return email;
        }
    }

    record Integration(String keyId, String keyName, Set<Scope> scopes) implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return access.anonymous()
                    || scopes.contains(Scope.ADMIN)
                    || scopes.stream().anyMatch(access.scopes()::contains);
        }

        @Override
        public String name() {
            return "api key " + keyName;
        }
    }

    record Widget(String key, FormId formId) implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return access.anonymous() || access.widget();
        }
    }

    /** The configured metrics scrape key: Prometheus only, no GraphQL. */
    record Scraper() implements Caller {
        @Override
        public boolean admittedBy(Access access) {
            return false;
        }
    }
}
