package dev.switchboard.domain.model.calendar;

import java.net.URI;
import java.util.Objects;

/**
 * Where a rep's busy time comes from and where bookings are written. Secrets (refresh tokens,
 * passwords, keys) are held here in clear: the adapter that stores a connection encrypts them at rest.
 */
public sealed interface CalendarConnection {

    /** Whether bookings can be written to this calendar; a feed or no calendar is read-only. */
    boolean writable();

    /** No calendar: the rep's working hours are all that is known of them. */
    record None() implements CalendarConnection {
        @Override
        public boolean writable() {
            return false;
        }
    }

    /**
     * A Google calendar reached through the Calendar API.
     *
     * @param calendarId the calendar to read and write, {@code primary} for the user's main calendar
     */
    record Google(String calendarId, GoogleCredential credential) implements CalendarConnection {
        public Google {
            Objects.requireNonNull(calendarId, "calendarId");
            Objects.requireNonNull(credential, "credential");
        }

        @Override
        public boolean writable() {
            return true;
        }
    }

    /** How Switchboard acts for the rep towards Google. */
    sealed interface GoogleCredential {}

    /** The rep granted access through the OAuth 2.0 authorization-code flow; the refresh token lasts until revoked. */
    record OAuthRefreshToken(String refreshToken) implements GoogleCredential {
        public OAuthRefreshToken {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        @Override
        public String toString() {
            return "OAuthRefreshToken[redacted]";
        }
    }

    /**
     * A Workspace service account with domain-wide delegation, acting as {@code subject} (the rep's
     * Google account email).
     */
    record ServiceAccount(String clientEmail, String privateKeyPem, String subject) implements GoogleCredential {
        public ServiceAccount {
            Objects.requireNonNull(clientEmail, "clientEmail");
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public String toString() {
            return "ServiceAccount[" + clientEmail + " as " + subject + "]";
        }
    }

    /**
     * A calendar collection on a CalDAV server (RFC 4791), e.g. {@code https://dav.example/alice/work/}.
     * Username and password are for HTTP Basic authentication; both null for a server that asks none.
     */
    record CalDav(URI collection, String username, String password) implements CalendarConnection {
        public CalDav {
            Objects.requireNonNull(collection, "collection");
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public String toString() {
            return "CalDav[" + collection + " as " + username + "]";
        }
    }

    /** A read-only iCalendar feed published at a URL, e.g. an Outlook calendar shared as ICS. */
    record IcsFeed(URI url) implements CalendarConnection {
        public IcsFeed {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public boolean writable() {
            return false;
        }
    }
}
