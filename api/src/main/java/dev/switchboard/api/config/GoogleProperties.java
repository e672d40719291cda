package dev.switchboard.api.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Google Calendar, as an operator configures it (docs/google-calendar.md).
 *
 * @param clientId       the OAuth client reps consent to; unset: reps cannot connect Google through OAuth
 * @param redirectUri    where Google sends reps back: this app's {@code /oauth/google/callback}, as registered with the client
 * @param authEndpoint   Google's consent page
 * @param tokenEndpoint  Google's token endpoint
 * @param apiRoot        the Calendar API's root
 * @param attempts       tries in all for a call failing for a passing reason (rate limit, 5xx, timeout)
 * @param firstBackoff   pause after the first such failure, doubled after each further one
 * @param serviceAccount the service account for domain-wide delegation, if any
 */
@ConfigurationProperties("switchboard.google")
public record GoogleProperties(
        String clientId,
        String clientSecret,

        @DefaultValue("http://localhost:8080/oauth/google/callback")
        URI redirectUri,

        @DefaultValue("https://accounts.google.com/o/oauth2/v2/auth")
        URI authEndpoint,

        @DefaultValue("https://oauth2.googleapis.com/token") URI tokenEndpoint,
        @DefaultValue("https://www.googleapis.com/") URI apiRoot,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("250ms") Duration firstBackoff,
        @DefaultValue ServiceAccount serviceAccount) {

    /** @param keyFile the JSON key file Google hands out for the service account (holds client_email and private_key) */
    public record ServiceAccount(Path keyFile) {}
}
