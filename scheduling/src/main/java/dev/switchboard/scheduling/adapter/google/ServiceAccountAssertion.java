package dev.switchboard.scheduling.adapter.google;

import com.google.api.client.json.gson.GsonFactory;
import dev.switchboard.domain.model.calendar.CalendarConnection.ServiceAccount;
import dev.switchboard.domain.model.calendar.CalendarFault;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed JWT a service account trades for an access token (RFC 7523, Google's domain-wide delegation):
 * issued by the service account, naming the rep as {@code sub}, addressed to the token endpoint, RS256.
 * Signed here rather than by Google's auth library's {@code ServiceAccountCredentials} so that {@code iat} and
 * {@code exp} come from the injected clock: {@link GoogleTokens} says why the library is not used.
 */
final class ServiceAccountAssertion {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /** Google accepts assertions valid for at most an hour. */
    private static final Duration LIFETIME = Duration.ofHours(1);

    private ServiceAccountAssertion() {}

    static String sign(ServiceAccount account, String scope, String audience, Instant now) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", account.clientEmail());
        claims.put("sub", account.subject());
        claims.put("scope", scope);
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        String signingInput = part(header) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(account.privateKeyPem()));
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A key that cannot sign will not start working on a retry: someone must configure a good one.
            throw new CalendarFault(
                    CalendarFault.Kind.UNAUTHORIZED,
                    "the service account's private key cannot sign (expected an RSA key in PKCS#8 PEM)",
                    e);
        }
    }

    /** A PKCS#8 PEM key ({@code -----BEGIN PRIVATE KEY-----}), as in the JSON key file Google hands out. */
    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String part(Map<String, Object> json) {
        try {
            String text = GsonFactory.getDefaultInstance().toString(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
