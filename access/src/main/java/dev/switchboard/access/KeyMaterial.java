package dev.switchboard.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random keys and the hash under which secret ones are stored. */
public final class KeyMaterial {

    public static final String API_KEY_PREFIX = "sb_sk_";
    public static final String WIDGET_KEY_PREFIX = "sb_pk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {}

    /** {@code prefix} followed by {@code bytes} random bytes, base64url. */
    public static String random(String prefix, int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /**
     * SHA-256 of the key, hex. A key is 256 random bits, so no dictionary or brute force reaches it and a slow
     * password hash would only cost time on every request; a fast hash still keeps a leaked database from
     * yielding usable keys.
     */
    public static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static boolean sameText(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
