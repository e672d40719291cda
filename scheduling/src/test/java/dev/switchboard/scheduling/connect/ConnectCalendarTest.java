package dev.switchboard.scheduling.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.FakeCalendarConsents;
import dev.switchboard.domain.fixture.InMemoryCalendarConnections;
import dev.switchboard.domain.fixture.InMemoryConsentStates;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.CalDav;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.GoogleServiceAccount;
import dev.switchboard.scheduling.connect.ConnectCalendarCommand.IcsFeed;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryReps reps = new InMemoryReps();
    private final InMemoryCalendarConnections connections = new InMemoryCalendarConnections();
    private final InMemoryConsentStates states = new InMemoryConsentStates();
    private final ServiceAccountKey serviceAccount = new ServiceAccountKey("sb@project.iam.gserviceaccount.com", "PEM");
    private final ConnectCalendar connect = new ConnectCalendar(reps, connections, serviceAccount);
    private final RepId ana = rep("Ana");

    private RepId rep(String name) {
        Rep rep = new Rep(
                RepId.random(),
                name,
                new EmailAddress(name.toLowerCase() + "@sales.example"),
                ZoneId.of("Europe/Paris"),
                true,
                null);
        reps.add(rep);
        return rep.id();
    }

    @Test
    void a_caldav_calendar_replaces_an_ics_feed_the_rep_had() {
        connect.connect(ConnectCalendarCommand.of(ana.value(), List.of(IcsFeed.of("https://outlook.example/ana.ics"))));
        connect.connect(ConnectCalendarCommand.of(
                ana.value(), List.of(CalDav.of("https://dav.example/ana/work/", "ana", "s3cret"))));

        assertThat(connections.of(ana))
                .contains(new CalendarConnection.CalDav(URI.create("https://dav.example/ana/work/"), "ana", "s3cret"));
    }

    @Test
    void a_service_account_calendar_acts_as_the_subject_with_the_configured_key_on_primary_by_default() {
        connect.connect(
                ConnectCalendarCommand.of(ana.value(), List.of(GoogleServiceAccount.of(null, "ana@acme.example"))));

        assertThat(connections.of(ana))
                .contains(new CalendarConnection.Google(
                        "primary",
                        new CalendarConnection.ServiceAccount(
                                "sb@project.iam.gserviceaccount.com", "PEM", "ana@acme.example")));
    }

    @Test
    void without_a_configured_service_account_a_service_account_calendar_is_not_configured() {
        ConnectCalendar unconfigured = new ConnectCalendar(reps, connections, null);

        assertRejected(
                () -> unconfigured.connect(ConnectCalendarCommand.of(
                        ana.value(), List.of(GoogleServiceAccount.of("primary", "ana@acme.example")))),
                ErrorCode.NOT_CONFIGURED,
                "googleServiceAccount");
        assertThat(connections.of(ana)).isEmpty();
    }

    @Test
    void a_webcal_link_is_taken_as_the_https_address_it_stands_for() {
        assertThat(IcsFeed.of("webcal://outlook.example/owa/calendar/ana/reachcalendar.ics")
                        .url())
                .isEqualTo(URI.create("https://outlook.example/owa/calendar/ana/reachcalendar.ics"));
        assertThat(IcsFeed.of("WEBCAL://p01-calendars.example/published/2/abc")
                        .url()
                        .getScheme())
                .isEqualTo("https");
    }

    @Test
    void an_unknown_rep_a_url_that_is_not_http_missing_parts_or_two_sources_are_rejected_on_their_field() {
        assertRejected(
                () -> connect.connect(
                        ConnectCalendarCommand.of("ghost", List.of(IcsFeed.of("https://x.example/a.ics")))),
                ErrorCode.NOT_FOUND,
                "repId");
        assertRejected(() -> IcsFeed.of("file:///etc/passwd"), ErrorCode.INVALID_FORMAT, "icsFeed.url");
        assertRejected(() -> CalDav.of("javascript:alert(1)", null, null), ErrorCode.INVALID_FORMAT, "caldav.url");
        assertRejected(() -> CalDav.of("https:///no-host", null, null), ErrorCode.INVALID_FORMAT, "caldav.url");
        assertRejected(() -> CalDav.of(" ", null, null), ErrorCode.REQUIRED, "caldav.url");
        assertRejected(
                () -> CalDav.of("https://dav.example/", null, "orphan password"),
                ErrorCode.REQUIRED,
                "caldav.username");
        assertRejected(
                () -> GoogleServiceAccount.of(null, "not an email"),
                ErrorCode.INVALID_FORMAT,
                "googleServiceAccount.subject");
        assertRejected(() -> ConnectCalendarCommand.of(ana.value(), List.of()), ErrorCode.REQUIRED, "caldav");
        assertRejected(
                () -> ConnectCalendarCommand.of(
                        ana.value(),
                        List.of(IcsFeed.of("https://x.example/a.ics"), CalDav.of("https://dav.example/", null, null))),
                ErrorCode.INVALID_FORMAT,
                "caldav");
        assertThat(connections.of(ana)).isEmpty();
    }

    @Test
    void a_consent_state_connects_the_rep_it_was_issued_for_once() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        URI page = new StartCalendarConsent(reps, states, new FakeCalendarConsents(), clock).start(ana);
        String state = page.getQuery().substring("state=".length());
        FinishCalendarConsent finish =
                new FinishCalendarConsent(states, new FakeCalendarConsents(), connections, clock);

        assertThat(finish.finish(state, "good-1")).isEqualTo(ana);
        assertThat(connections.of(ana))
                .contains(new CalendarConnection.Google(
                        "primary", new CalendarConnection.OAuthRefreshToken("refresh-good-1")));
        assertRejected(() -> finish.finish(state, "good-2"), ErrorCode.NOT_FOUND, "state");
    }

    @Test
    void a_consent_state_past_its_time_or_never_issued_connects_nobody() {
        RepId ben = rep("Ben");
        String state = new StartCalendarConsent(
                        reps, states, new FakeCalendarConsents(), Clock.fixed(NOW, ZoneOffset.UTC))
                .start(ben)
                .getQuery()
                .substring("state=".length());
        FinishCalendarConsent late = new FinishCalendarConsent(
                states,
                new FakeCalendarConsents(),
                connections,
                Clock.fixed(NOW.plus(StartCalendarConsent.VALID_FOR), ZoneOffset.UTC));

        assertRejected(() -> late.finish(state, "good-1"), ErrorCode.NOT_FOUND, "state");
        assertRejected(() -> late.finish("forged", "good-1"), ErrorCode.NOT_FOUND, "state");
        assertThat(connections.of(ben)).isEmpty();
    }

    @Test
    void a_code_the_service_refuses_connects_nothing() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        String state = new StartCalendarConsent(reps, states, new FakeCalendarConsents(), clock)
                .start(ana)
                .getQuery()
                .substring("state=".length());

        assertThatThrownBy(() -> new FinishCalendarConsent(states, new FakeCalendarConsents(), connections, clock)
                        .finish(state, "stolen"))
                .isInstanceOf(CalendarFault.class);
        assertThat(connections.of(ana)).isEmpty();
        assertRejected(
                () -> new StartCalendarConsent(reps, states, new FakeCalendarConsents(), clock)
                        .start(new RepId("ghost")),
                ErrorCode.NOT_FOUND,
                "repId");
    }

    private static void assertRejected(Runnable action, ErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InputRejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo(code);
            assertThat(rejected.field()).isEqualTo(field);
        });
    }
}
