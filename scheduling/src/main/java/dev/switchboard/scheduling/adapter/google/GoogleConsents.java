package dev.switchboard.scheduling.adapter.google;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.javanet.NetHttpTransport;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarConnection.Google;
import dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.port.CalendarConsents;
import java.net.URI;
import java.time.Clock;

/**
 * Google's OAuth 2.0 consent for a rep's own calendar: the consent page asks for offline access (so Google
 * hands out a refresh token) to events and free/busy only, and the code it sends back becomes the rep's
 * {@code primary} calendar connection.
 */
public final class GoogleConsents implements CalendarConsents {

    private final GoogleCalendarSettings settings;
    private final GoogleTokens tokens;

    public GoogleConsents(GoogleCalendarSettings settings, Clock clock) {
        this.settings = settings;
        this.tokens = new GoogleTokens(
                new NetHttpTransport().createRequestFactory(request -> {
                    request.setConnectTimeout(
                            Math.toIntExact(settings.connectTimeout().toMillis()));
                    request.setReadTimeout(
                            Math.toIntExact(settings.readTimeout().toMillis()));
                    request.setNumberOfRetries(0);
                }),
                settings,
                clock);
    }

    @Override
    public URI consentPage(String state) {
        requireClient();
        GenericUrl page = new GenericUrl(settings.consentEndpoint());
        page.set("client_id", settings.clientId());
        page.set("redirect_uri", settings.redirectUri().toString());
        page.set("response_type", "code");
        page.set("scope", GoogleCalendarSettings.CALENDAR_SCOPE);
        // offline: a refresh token; consent: asked again on reconnect, else Google sends no new refresh token.
        page.set("access_type", "offline");
        page.set("prompt", "consent");
        page.set("state", state);
        return page.toURI();
    }

    @Override
    public CalendarConnection connectionFor(String code) {
        requireClient();
        return new Google("primary", new OAuthRefreshToken(tokens.refreshTokenFor(code)));
    }

    private void requireClient() {
        if (!settings.oauthConfigured()) {
            throw new CalendarFault(
                    CalendarFault.Kind.UNAUTHORIZED,
                    "no Google OAuth client is configured: set "
                            + "switchboard.google.client-id, client-secret and redirect-uri");
        }
    }
}
