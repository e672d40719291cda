package dev.switchboard.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in the link a prospect gets to reschedule or cancel their booking without an account:
 * {@code <booking id, base64url>.<expiry, epoch seconds>.<HMAC-SHA256 of both, base64url>}. Whoever holds the
 * link may act on that one booking until it expires, and on no other; a token whose id or expiry was edited
 * does not verify. The key is shared by every instance ({@code switchboard.security.link-key}), so a link made
 * by one verifies on all.
 */
public final class BookingLinks {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param key at least 32 bytes of secret randomness */
    public BookingLinks(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException(
                    "a booking link key has at least 32 bytes, e.g. openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The token for acting on the booking until {@code expiresAt}. */
    public String sign(String bookingId, Instant expiresAt) {
        String id = ENCODE.encodeToString(bookingId.getBytes(StandardCharsets.UTF_8));
        String expiry = Long.toString(expiresAt.getEpochSecond());
        return id + "." + expiry + "." + ENCODE.encodeToString(mac(id + "." + expiry));
    }

    /** The booking id the token was made for, when its signature holds and it has not expired at {@code now}. */
    public Optional<String> verify(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] given = DECODE.decode(parts[2]);
            if (!MessageDigest.isEqual(given, mac(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // Not base64 or not a number: not a token we made (NumberFormatException is one of these).
            return Optional.empty();
        }
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("switchboard-booking-link:" + signed).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
