package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarConnection.CalDav;
import dev.switchboard.domain.model.calendar.CalendarConnection.Google;
import dev.switchboard.domain.model.calendar.CalendarConnection.IcsFeed;
import dev.switchboard.domain.model.calendar.CalendarConnection.None;
import dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken;
import dev.switchboard.domain.model.calendar.CalendarConnection.ServiceAccount;
import dev.switchboard.persistence.secrets.Secrets;
import java.net.URI;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rep's calendar connection, one document per rep (the rep's id is the document's). The one secret a
 * connection holds (refresh token, CalDAV password, service-account key) is in {@code secret}, sealed by
 * {@link Secrets} for this rep and kind; everything else is in clear so that admins can see what is connected.
 */
@Document("calendar_connections")
record CalendarConnectionDocument(
        @Id String repId,
        Kind kind,
        String calendarId,
        String url,
        String username,
        String clientEmail,
        String subject,
        String secret) {

    enum Kind {
        NONE,
        GOOGLE_OAUTH,
        GOOGLE_SERVICE_ACCOUNT,
        CALDAV,
        ICS_FEED
    }

    static CalendarConnectionDocument of(RepId rep, CalendarConnection connection, Secrets secrets) {
        String id = rep.value();
        if (connection instanceof Google google && google.credential() instanceof OAuthRefreshToken token) {
            return new CalendarConnectionDocument(
                    id,
                    Kind.GOOGLE_OAUTH,
                    google.calendarId(),
                    null,
                    null,
                    null,
                    null,
                    secrets.seal(token.refreshToken(), context(id, Kind.GOOGLE_OAUTH)));
        }
        if (connection instanceof Google google && google.credential() instanceof ServiceAccount account) {
            return new CalendarConnectionDocument(
                    id,
                    Kind.GOOGLE_SERVICE_ACCOUNT,
                    google.calendarId(),
                    null,
                    null,
                    account.clientEmail(),
                    account.subject(),
                    secrets.seal(account.privateKeyPem(), context(id, Kind.GOOGLE_SERVICE_ACCOUNT)));
        }
        if (connection instanceof CalDav dav) {
            return new CalendarConnectionDocument(
                    id,
                    Kind.CALDAV,
                    null,
                    dav.collection().toString(),
                    dav.username(),
                    null,
                    null,
                    secrets.seal(dav.password(), context(id, Kind.CALDAV)));
        }
        if (connection instanceof IcsFeed feed) {
            return new CalendarConnectionDocument(
                    id, Kind.ICS_FEED, null, feed.url().toString(), null, null, null, null);
        }
        if (connection instanceof None) {
            return new CalendarConnectionDocument(id, Kind.NONE, null, null, null, null, null, null);
        }
        throw new IllegalArgumentException("unknown calendar connection " + connection);
    }

    CalendarConnection toConnection(Secrets secrets) {
        String secretInClear = secrets.open(secret, context(repId, kind));
        return switch (kind) {
            case GOOGLE_OAUTH -> new Google(calendarId, new OAuthRefreshToken(secretInClear));
            case GOOGLE_SERVICE_ACCOUNT ->
                new Google(calendarId, new ServiceAccount(clientEmail, secretInClear, subject));
            case CALDAV -> new CalDav(URI.create(url), username, secretInClear);
            case ICS_FEED -> new IcsFeed(URI.create(url));
            case NONE -> new None();
        };
    }

    /** Binds a sealed secret to its rep and kind: copied into another rep's document, it does not open. */
    private static String context(String repId, Kind kind) {
        return "calendar_connections/" + repId + "/" + kind;
    }
}
