package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.connect.ConnectCalendar;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.CalDav;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.GoogleServiceAccount;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.IcsFeed;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.Source;
import dev.switchboard.scheduling.connect.DisconnectCalendar;
import dev.switchboard.scheduling.connect.StartCalendarConsent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class CalendarController {

    record CalDavInput(String url, String username, String password) {}

    record IcsFeedInput(String url) {}

    record GoogleServiceAccountInput(String calendarId, String subject) {}

    /** Where the calendar is: exactly one of the three, which GraphQL checks ({@code @oneOf}). */
    record CalendarSourceInput(
            CalDavInput caldav, IcsFeedInput icsFeed, GoogleServiceAccountInput googleServiceAccount) {}

    /** {@code calendar}, or (deprecated) one of the three sources beside {@code repId}. */
    record ConnectCalendarInput(
            String repId,
            CalendarSourceInput calendar,
            CalDavInput caldav,
            IcsFeedInput icsFeed,
            GoogleServiceAccountInput googleServiceAccount) {}

    record ConnectCalendarPayload(RepView rep, List<UserError> errors) {}

    record DisconnectCalendarInput(String repId) {}

    record DisconnectCalendarPayload(RepView rep, List<UserError> errors) {}

    record StartGoogleCalendarConsentInput(String repId) {}

    record StartGoogleCalendarConsentPayload(String url, List<UserError> errors) {}

    enum CalendarKind {
        GOOGLE,
        CALDAV,
        ICS_FEED
    }

    enum GoogleAccess {
        OAUTH,
        SERVICE_ACCOUNT
    }

    /** What an admin may see of a connection: where it points, never its secret. */
    record CalendarView(
            CalendarKind kind,
            boolean writable,
            String calendarId,
            GoogleAccess googleAccess,
            String subject,
            String url,
            String username) {

        /** Null for {@link CalendarConnection.None}: the rep has no calendar. */
        static CalendarView of(CalendarConnection connection) {
            if (connection instanceof CalendarConnection.Google google) {
                if (google.credential() instanceof CalendarConnection.ServiceAccount account) {
                    return new CalendarView(
                            CalendarKind.GOOGLE,
                            true,
                            google.calendarId(),
                            GoogleAccess.SERVICE_ACCOUNT,
                            account.subject(),
                            null,
                            null);
                }
                return new CalendarView(
                        CalendarKind.GOOGLE, true, google.calendarId(), GoogleAccess.OAUTH, null, null, null);
            }
            if (connection instanceof CalendarConnection.CalDav dav) {
                return new CalendarView(
                        CalendarKind.CALDAV,
                        true,
                        null,
                        null,
                        null,
                        dav.collection().toString(),
                        dav.username());
            }
            if (connection instanceof CalendarConnection.IcsFeed feed) {
                // A published feed's address is its password (Outlook and Google put the token in it): only its server
                // is shown.
                return new CalendarView(
                        CalendarKind.ICS_FEED,
                        false,
                        null,
                        null,
                        null,
                        feed.url().getScheme() + "://" + feed.url().getRawAuthority() + "/…",
                        null);
            }
            return null;
        }
    }

    private final ConnectCalendar connectCalendar;
    private final DisconnectCalendar disconnectCalendar;
    private final StartCalendarConsent startCalendarConsent;
    private final CalendarConnections connections;
    private final Reps reps;

    CalendarController(
            ConnectCalendar connectCalendar,
            DisconnectCalendar disconnectCalendar,
            StartCalendarConsent startCalendarConsent,
            CalendarConnections connections,
            Reps reps) {
        this.connectCalendar = connectCalendar;
        this.disconnectCalendar = disconnectCalendar;
        this.startCalendarConsent = startCalendarConsent;
        this.connections = connections;
        this.reps = reps;
    }

    @MutationMapping
    ConnectCalendarPayload connectCalendar(@Argument ConnectCalendarInput input) {
        CalendarSourceInput nested = input.calendar();
        try {
            List<Source> given = new ArrayList<>();
            sources(given, input.caldav(), input.icsFeed(), input.googleServiceAccount());
            if (nested != null) {
                sources(given, nested.caldav(), nested.icsFeed(), nested.googleServiceAccount());
            }
            ConnectCalendarCommand command = ConnectCalendarCommand.of(input.repId(), given);
            connectCalendar.connect(command);
            return new ConnectCalendarPayload(rep(command.repId()), List.of());
        } catch (InputRejected rejected) {
            // A source sent inside calendar is named there: calendar.caldav.url, not caldav.url.
            boolean inside = nested != null
                    && rejected.field() != null
                    && (nested.caldav() != null && rejected.field().startsWith("caldav")
                            || nested.icsFeed() != null && rejected.field().startsWith("icsFeed")
                            || nested.googleServiceAccount() != null
                                    && rejected.field().startsWith("googleServiceAccount"));
            return new ConnectCalendarPayload(
                    null,
                    inside
                            ? List.of(new UserError(
                                    rejected.code(), "calendar." + rejected.field(), rejected.getMessage()))
                            : UserError.of(rejected));
        }
    }

    private static void sources(
            List<Source> given, CalDavInput caldav, IcsFeedInput icsFeed, GoogleServiceAccountInput google) {
        if (caldav != null) {
            given.add(CalDav.of(caldav.url(), caldav.username(), caldav.password()));
        }
        if (icsFeed != null) {
            given.add(IcsFeed.of(icsFeed.url()));
        }
        if (google != null) {
            given.add(GoogleServiceAccount.of(google.calendarId(), google.subject()));
        }
    }

    @MutationMapping
    DisconnectCalendarPayload disconnectCalendar(@Argument DisconnectCalendarInput input) {
        try {
            RepId repId = new RepId(input.repId());
            disconnectCalendar.disconnect(repId);
            return new DisconnectCalendarPayload(rep(repId), List.of());
        } catch (InputRejected rejected) {
            return new DisconnectCalendarPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    StartGoogleCalendarConsentPayload startGoogleCalendarConsent(@Argument StartGoogleCalendarConsentInput input) {
        try {
            return new StartGoogleCalendarConsentPayload(
                    startCalendarConsent.start(new RepId(input.repId())).toString(), List.of());
        } catch (InputRejected rejected) {
            return new StartGoogleCalendarConsentPayload(null, UserError.of(rejected));
        } catch (CalendarFault notConfigured) {
            return new StartGoogleCalendarConsentPayload(
                    null, List.of(new UserError(ErrorCode.NOT_CONFIGURED, null, notConfigured.getMessage())));
        }
    }

    @BatchMapping(typeName = "Rep", field = "calendar")
    Map<RepView, CalendarView> calendar(List<RepView> reps) {
        // A stored None is no calendar, the same as no connection at all.
        return Batches.load(
                reps,
                rep -> new RepId(rep.id()),
                ids -> connections.of(ids).entrySet().stream()
                        .filter(entry -> !(entry.getValue() instanceof CalendarConnection.None))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                CalendarView::of);
    }

    private RepView rep(RepId id) {
        return reps.byId(id).map(RepView::of).orElse(null);
    }
}
