package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Connect one rep's calendar to exactly one source: a CalDAV collection, an ICS feed, or a Google calendar
 * reached through the configured service account acting as the rep. (A rep connects Google through
 * OAuth with {@link StartCalendarConsent} instead: that needs the rep's own consent.)
 */
public record ConnectCalendarCommand(RepId repId, Source source) {

    /** The longest URL accepted; real CalDAV and feed URLs are far shorter. */
    public static final int MAX_URL = 2000;

    public ConnectCalendarCommand {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        if (source == null) {
            throw new InputRejected(
                    ErrorCode.REQUIRED, "caldav", "give one of caldav, icsFeed or googleServiceAccount");
        }
    }

    /** The command from the sources an input gave, of which there must be exactly one. */
    public static ConnectCalendarCommand of(String repId, List<Source> given) {
        if (repId == null || repId.isBlank()) {
            throw InputRejected.required("repId");
        }
        if (given.size() > 1) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    given.get(1).field(),
                    "give only one of caldav, icsFeed or googleServiceAccount");
        }
        return new ConnectCalendarCommand(new RepId(repId), given.isEmpty() ? null : given.get(0));
    }

    /** Where the calendar is; each source validates its own parts, naming them below its input field. */
    public sealed interface Source {

        /** The input field this source came in, e.g. {@code caldav}. */
        String field();

        /** The connection to store; {@code serviceAccount} is the configured one, null when there is none. */
        CalendarConnection connection(ServiceAccountKey serviceAccount);
    }

    public record CalDav(URI url, String username, String password) implements Source {

        public static CalDav of(String url, String username, String password) {
            String user = Text.optional("caldav.username", username, Text.SHORT);
            if (password != null && password.length() > Text.LONG) {
                throw InputRejected.tooLong("caldav.password", Text.LONG);
            }
            String secret = password == null || password.isEmpty() ? null : password;
            if (user == null && secret != null) {
                throw InputRejected.required("caldav.username");
            }
            return new CalDav(webAddress("caldav.url", url), user, secret);
        }

        @Override
        public String field() {
            return "caldav";
        }

        @Override
        public CalendarConnection connection(ServiceAccountKey serviceAccount) {
            return new CalendarConnection.CalDav(url, username, password);
        }
    }

    public record IcsFeed(URI url) implements Source {

        public static IcsFeed of(String url) {
            return new IcsFeed(feedAddress("icsFeed.url", url));
        }

        @Override
        public String field() {
            return "icsFeed";
        }

        @Override
        public CalendarConnection connection(ServiceAccountKey serviceAccount) {
            return new CalendarConnection.IcsFeed(url);
        }
    }

    /** @param subject the rep's Google Workspace account, which the service account acts as */
    public record GoogleServiceAccount(String calendarId, EmailAddress subject) implements Source {

        /** The calendar defaults to the subject's main calendar, {@code primary}. */
        public static GoogleServiceAccount of(String calendarId, String subject) {
            String calendar = Text.optional("googleServiceAccount.calendarId", calendarId, Text.SHORT);
            EmailAddress account;
            try {
                account = new EmailAddress(subject);
            } catch (InputRejected rejected) {
                throw new InputRejected(
                        rejected.code(),
                        "googleServiceAccount.subject",
                        rejected.getMessage().replace("email", "subject"));
            }
            return new GoogleServiceAccount(calendar == null ? "primary" : calendar, account);
        }

        @Override
        public String field() {
            return "googleServiceAccount";
        }

        @Override
        public CalendarConnection connection(ServiceAccountKey serviceAccount) {
            if (serviceAccount == null) {
                throw new InputRejected(
                        ErrorCode.NOT_CONFIGURED,
                        "googleServiceAccount",
                        "no Google service account is configured (switchboard.google.service-account.key-file)");
            }
            return new CalendarConnection.Google(
                    calendarId,
                    new CalendarConnection.ServiceAccount(
                            serviceAccount.clientEmail(), serviceAccount.privateKeyPem(), subject.value()));
        }
    }

    /**
     * An ICS feed's address: like {@link #webAddress}, and a {@code webcal://} link (as Outlook and Apple
     * publish them) is taken as the https address it stands for.
     */
    static URI feedAddress(String field, String value) {
        String text = Text.required(field, value, MAX_URL);
        if (text.regionMatches(true, 0, "webcal://", 0, "webcal://".length())) {
            text = "https" + text.substring("webcal".length());
        }
        return webAddress(field, text);
    }

    /** An absolute http or https URL with a host; anything else (file:, javascript:, relative) is refused. */
    static URI webAddress(String field, String value) {
        String text = Text.required(field, value, MAX_URL);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " has no host");
        }
        return uri;
    }
}
