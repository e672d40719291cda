package dev.switchboard.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs deliveries as Standard Webhooks (standardwebhooks.com) does, so receivers may verify them with any of its
 * libraries: headers {@code webhook-id} (the event id, the same on every retry), {@code webhook-timestamp} (unix
 * seconds of this attempt) and {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}.
 * <p>
 * The HMAC key is the secret's part after {@code whsec_} decoded from base64, the form {@code createWebhook} makes.
 * Secrets made before this format (base64url after {@code whsec_}) decode too, and a secret an admin chose in
 * another form is used as its UTF-8 bytes, so every stored secret keeps signing.
 */
public final class WebhookSignature {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private static final String PREFIX = "whsec_";

    private WebhookSignature() {}

    /** The {@code webhook-signature} value for one attempt. */
    public static String sign(String secret, String id, long unixSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), id + "." + unixSeconds + "." + body));
    }

    /**
     * What a receiver does: recompute, compare in constant time with each {@code v1} signature of the header
     * (space-separated, several while a secret is being rotated).
     */
    public static boolean verify(String secret, String id, String timestamp, String header, String body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encode(hmac(key(secret), id + "." + timestamp + "." + body));
        for (String signature : header.trim().split(" +")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    static byte[] key(String secret) {
        if (secret.startsWith(PREFIX)) {
            String encoded = secret.substring(PREFIX.length());
            try {
                return Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException notBase64) {
                try {
                    return Base64.getUrlDecoder().decode(encoded);
                } catch (IllegalArgumentException notBase64Url) {
                    // An admin's own secret that merely starts like ours: its bytes, as for any other.
                }
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
