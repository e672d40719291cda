package dev.switchboard.scheduling.adapter.google;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Google: the Calendar API's root, the OAuth endpoints, Switchboard's OAuth client, the
 * time each call may take and how often a failed call is tried again. Tests point the URLs at a local server.
 *
 * @param apiRoot        the Calendar API's root, e.g. {@code https://www.googleapis.com/} (the path {@code calendar/v3/} follows)
 * @param tokenEndpoint  where codes, refresh tokens and service-account assertions become access tokens
 * @param consentEndpoint where a rep is sent to grant access
 * @param clientId       Switchboard's OAuth client, null when reps do not connect through OAuth
 * @param attempts       how many times a call that failed for a passing reason (rate limit, 5xx, timeout) is tried in all
 * @param firstBackoff   the pause after the first such failure; the most a pause may be doubles after each further one
 */
public record GoogleCalendarSettings(
        URI apiRoot,
        URI tokenEndpoint,
        URI consentEndpoint,
        String clientId,
        String clientSecret,
        URI redirectUri,
        Duration connectTimeout,
        Duration readTimeout,
        int attempts,
        Duration firstBackoff) {

    /** Read and write events, and read free/busy; nothing wider. */
    public static final String CALENDAR_SCOPE =
            "https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.freebusy";

    public GoogleCalendarSettings {
        Objects.requireNonNull(apiRoot, "apiRoot");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(consentEndpoint, "consentEndpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + attempts);
        }
    }

    public boolean oauthConfigured() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && redirectUri != null;
    }
}
