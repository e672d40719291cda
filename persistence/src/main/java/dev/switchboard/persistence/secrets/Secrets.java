package dev.switchboard.persistence.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets (refresh tokens, passwords, private keys) before they are stored, with AES-256-GCM: a fresh
 * random 96-bit IV for every value, and a context (e.g. the rep and the field) bound in as associated data,
 * so a sealed value copied into another document does not open there. A sealed value reads
 * {@code v1:<base64 of IV and ciphertext with its tag>}.
 * <p>
 * Without a key (none configured and none that could be made), sealing and opening fail with
 * {@link SecretsUnavailable}; everything that holds no secret still works.
 */
public final class Secrets {

    /** The configuration property holding the key: base64 of 32 random bytes. */
    public static final String KEY_PROPERTY = "switchboard.secrets.key";

    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String whyNoKey;
    private final SecureRandom random = new SecureRandom();

    private Secrets(SecretKeySpec key, String whyNoKey) {
        this.key = key;
        this.whyNoKey = whyNoKey;
    }

    /**
     * The key given as base64 of 32 bytes.
     *
     * @throws IllegalArgumentException naming the property when it is not
     */
    public static Secrets withKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY_PROPERTY + " is not base64; expected base64 of 32 random bytes, "
                    + "e.g. the output of: openssl rand -base64 32");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(KEY_PROPERTY + " decodes to " + bytes.length
                    + " bytes; expected 32 (AES-256), e.g. the output of: openssl rand -base64 32");
        }
        return new Secrets(new SecretKeySpec(bytes, "AES"), null);
    }

    /** A new random key, as base64, for a key file or for an operator to keep. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** No key: any attempt to seal or open says why. */
    public static Secrets none(String why) {
        return new Secrets(null, why);
    }

    public boolean available() {
        return key != null;
    }

    /** The secret sealed for storage, bound to {@code context}; null stays null. */
    public String seal(String secret, String context) {
        if (secret == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The secret a {@link #seal} call sealed for the same context; null stays null.
     *
     * @throws SecretsUnavailable when the value was sealed with another key or for another context, or was altered
     */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(VERSION)) {
            throw new SecretsUnavailable("a stored secret is not in the sealed form " + VERSION + "...");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), context);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretsUnavailable("a stored secret does not open with " + KEY_PROPERTY
                    + ": the key changed since it was stored, or the value was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        if (key == null) {
            throw new SecretsUnavailable(whyNoKey);
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** Secrets cannot be sealed or opened: no key, the wrong key, or a damaged value. */
    public static final class SecretsUnavailable extends RuntimeException {
        public SecretsUnavailable(String message) {
            super(message);
        }
    }
}
