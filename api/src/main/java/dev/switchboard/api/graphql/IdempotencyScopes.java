package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.domain.model.IdempotencyKey;

/**
 * Whose idempotency keys a caller's are: an API key's own, a widget key's form's (the form's keys stand for one
 * site), a signed-in person's own. Taken from who signed in, never from input, so one caller's key never reaches
 * what another's made.
 */
final class IdempotencyScopes {

    private IdempotencyScopes() {}

    /** The caller's key, or null when they sent none. */
    static IdempotencyKey keyOf(Caller caller, String key) {
        return IdempotencyKey.of(scopeOf(caller), key);
    }

    static String scopeOf(Caller caller) {
        if (caller instanceof Caller.Integration integration) {
            return "api-key:" + integration.keyId();
        }
        if (caller instanceof Caller.Widget widget) {
            return "form:" + widget.formId().value();
        }
        if (caller instanceof Caller.Admin admin) {
            return "user:" + admin.userId();
        }
        if (caller instanceof Caller.Rep rep) {
            return "user:" + rep.userId();
        }
        return "anonymous";
    }
}
