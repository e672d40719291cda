package dev.switchboard.scheduling.adapter.google;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import dev.switchboard.domain.model.calendar.CalendarConnection.GoogleCredential;
import dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken;
import dev.switchboard.domain.model.calendar.CalendarConnection.ServiceAccount;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google's OAuth 2.0 token endpoint: access tokens from a rep's refresh token or from a service account's
 * signed assertion, kept in memory until shortly before they expire; and the authorization code a rep's
 * consent yields, traded for a refresh token.
 * <p>
 * Why not Google's auth library ({@code google-auth-library-oauth2-http}, on the classpath through the calendar
 * client), whose {@code UserCredentials} and {@code ServiceAccountCredentials} do the same grants: it reads the
 * system clock (its clock and its refresh margins are package-private), so a token's renewal cannot follow the
 * injected {@link Clock} the rest of Switchboard and its tests run on; it retries a failing token endpoint on its
 * own, sleeping on the request thread, on top of the adapter's own bounded retries of the whole call; and it
 * reports a refused grant as an {@code IOException} with the RFC 6749 error in its message, where a revoked consent
 * ({@code invalid_grant}, only a person can mend) must be told from an outage (retried). What it would save is
 * this small class and {@link ServiceAccountAssertion}, both tested against a local server answering Google's
 * documented JSON. Revisit if the library lets a clock be injected.
 */
final class GoogleTokens {

    /** An access token is renewed this long before Google says it expires, so no call carries a dying one. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(2);

    private record AccessToken(String value, Instant expiresAt) {}

    private final Map<GoogleCredential, AccessToken> cache = new ConcurrentHashMap<>();
    private final HttpRequestFactory http;
    private final GoogleCalendarSettings settings;
    private final Clock clock;

    GoogleTokens(HttpRequestFactory http, GoogleCalendarSettings settings, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.clock = clock;
    }

    /** A valid access token for the credential, from the cache when it has one that is not about to expire. */
    String accessToken(GoogleCredential credential) {
        Instant now = clock.instant();
        AccessToken cached = cache.get(credential);
        if (cached != null && now.isBefore(cached.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            return cached.value();
        }
        GenericJson answer = post("getting an access token", grantFor(credential, now));
        Object value = answer.get("access_token");
        if (!(value instanceof String token)) {
            throw GoogleFailures.malformed("getting an access token", null);
        }
        // Expired entries go as new ones come, so credentials no longer used (a reconnect, a rotated key) do not stay
        // in memory.
        cache.values().removeIf(old -> !now.isBefore(old.expiresAt()));
        cache.put(credential, new AccessToken(token, now.plusSeconds(seconds(answer.get("expires_in")))));
        return token;
    }

    /** Drops the cached access token, after Google refused it before its time (a revocation, a key rotation). */
    void forget(GoogleCredential credential) {
        cache.remove(credential);
    }

    /**
     * Trades the code Google's consent page sent back for a refresh token.
     *
     * @throws CalendarFault {@code UNAUTHORIZED} for a code Google refuses (expired, used, for another client)
     */
    String refreshTokenFor(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri().toString());
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        GenericJson answer = post("trading the consent code", form);
        if (!(answer.get("refresh_token") instanceof String refreshToken)) {
            // Google only sends one with access_type=offline; the consent URL always asks for it.
            throw GoogleFailures.malformed("trading the consent code (no refresh_token)", null);
        }
        return refreshToken;
    }

    private Map<String, String> grantFor(GoogleCredential credential, Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        if (credential instanceof OAuthRefreshToken refresh) {
            if (!settings.oauthConfigured()) {
                throw new CalendarFault(
                        Kind.UNAUTHORIZED, "no Google OAuth client is configured (switchboard.google.client-id)");
            }
            form.put("grant_type", "refresh_token");
            form.put("refresh_token", refresh.refreshToken());
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
        } else if (credential instanceof ServiceAccount account) {
            form.put("grant_type", ServiceAccountAssertion.GRANT_TYPE);
            form.put(
                    "assertion",
                    ServiceAccountAssertion.sign(
                            account,
                            GoogleCalendarSettings.CALENDAR_SCOPE,
                            settings.tokenEndpoint().toString(),
                            now));
        } else {
            throw new IllegalArgumentException("unknown Google credential " + credential);
        }
        return form;
    }

    private GenericJson post(String what, Map<String, String> form) {
        HttpResponse response = null;
        try {
            HttpRequest request =
                    http.buildPostRequest(new GenericUrl(settings.tokenEndpoint()), new UrlEncodedContent(form));
            request.setThrowExceptionOnExecuteError(false);
            response = request.execute();
            if (!response.isSuccessStatusCode()) {
                throw refusal(what, response);
            }
            return GsonFactory.getDefaultInstance().fromString(response.parseAsString(), GenericJson.class);
        } catch (CalendarFault fault) {
            throw fault;
        } catch (java.net.SocketTimeoutException e) {
            throw GoogleFailures.of(what, e);
        } catch (IOException e) {
            if (response != null) {
                throw GoogleFailures.malformed(what, e);
            }
            throw GoogleFailures.of(what, e);
        } catch (IllegalArgumentException e) {
            throw GoogleFailures.malformed(what, e);
        } finally {
            disconnect(response);
        }
    }

    /** The token endpoint answers errors as {@code {"error":"invalid_grant","error_description":...}} (RFC 6749 5.2). */
    private static CalendarFault refusal(String what, HttpResponse response) {
        int status = response.getStatusCode();
        String error = null;
        try {
            Object named = GsonFactory.getDefaultInstance()
                    .fromString(response.parseAsString(), GenericJson.class)
                    .get("error");
            error = named instanceof String text ? text : null;
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable error body still has its status to go by.
        }
        if (status == 400 || status == 401) {
            // invalid_grant (revoked or expired grant), invalid_client: only a person can put that right.
            return new CalendarFault(Kind.UNAUTHORIZED, what + ": Google refused (" + status + " " + error + ")");
        }
        return GoogleFailures.ofStatus(what, status, error, null);
    }

    private static long seconds(Object expiresIn) {
        if (expiresIn instanceof BigDecimal decimal) {
            return decimal.longValue();
        }
        if (expiresIn instanceof Number number) {
            return number.longValue();
        }
        // Google always sends it; without it, the token is used once and fetched again next time.
        return 0;
    }

    private static void disconnect(HttpResponse response) {
        if (response != null) {
            try {
                response.disconnect();
            } catch (IOException e) {
                // The answer is read; a connection that will not close cleanly changes nothing.
            }
        }
    }
}
