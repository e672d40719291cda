package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An idempotency key claimed by one operation ({@code submitLead}, {@code bookMeeting}) for one request: stored
 * with what the call made, unique per (scope, operation, key). A later call with the same key answers the first
 * call's result when it asks the same thing, and {@code IDEMPOTENCY_CONFLICT} when it asks something else.
 *
 * @param request a SHA-256 digest (hex) of the request's normalised input (see {@link #digest})
 */
public record Idempotency(IdempotencyKey key, String operation, String request) {

    public Idempotency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(request, "request");
    }

    public boolean sameRequest(Idempotency other) {
        return request.equals(other.request);
    }

    /** The answer to a call that reuses this key for another request. */
    public InputRejected conflict() {
        return new InputRejected(
                ErrorCode.IDEMPOTENCY_CONFLICT,
                "idempotencyKey",
                "idempotency key " + key.value() + " was used for a different " + operation
                        + " request; send a new key for a new request");
    }

    /**
     * The digest of a request given as its values in a fixed order, after validation (so trimmed text and
     * normalised addresses): each value written with its length, so no two different lists write alike;
     * null written apart from every text; numbers by value ({@code 25000.00} as {@code 25000}).
     */
    public static String digest(List<?> parts) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : parts) {
            if (part == null) {
                canonical.append("-;");
                continue;
            }
            String text = part instanceof BigDecimal number
                    ? number.stripTrailingZeros().toPlainString()
                    : part.toString();
            canonical.append(text.length()).append(':').append(text).append(';');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
