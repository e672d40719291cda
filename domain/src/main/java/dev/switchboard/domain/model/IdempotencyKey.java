package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * A caller's idempotency key, held in the caller's own scope: keys of two callers never meet, whatever their
 * text, so no caller can reach another's result by guessing or reusing its key.
 *
 * @param scope whose key it is (e.g. {@code api-key:<id>}, {@code form:<id>}, {@code user:<id>}): set by the
 *              inbound adapter from who signed in, never from input
 * @param value the key as the caller sent it, trimmed, 1 to {@link #MAX_LENGTH} characters
 */
public record IdempotencyKey(String scope, String value) {

    public static final int MAX_LENGTH = 128;

    /**
     * The scope keys stored before keys were scoped were given: nobody's. Such a key answers only a request
     * identical to the one it was stored with (see {@link Idempotency#request}).
     */
    public static final String LEGACY_SCOPE = "legacy";

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        value = Text.required("idempotencyKey", value, MAX_LENGTH);
    }

    /** The caller's key in {@code scope}, or null when the caller sent none (null or blank). */
    public static IdempotencyKey of(String scope, String value) {
        String key = Text.optional("idempotencyKey", value, MAX_LENGTH);
        return key == null ? null : new IdempotencyKey(scope, key);
    }

    /** This key claimed for {@code operation}, for the request whose digest is {@code request}. */
    public Idempotency claim(String operation, String request) {
        return new Idempotency(this, operation, request);
    }
}
