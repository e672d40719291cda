package dev.switchboard.scheduling.adapter.google;

import static dev.switchboard.scheduling.adapter.google.FakeGoogle.error;
import static dev.switchboard.scheduling.adapter.google.FakeGoogle.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.switchboard.domain.model.calendar.CalendarConnection.Google;
import dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken;
import dev.switchboard.domain.model.calendar.CalendarConnection.ServiceAccount;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Google Calendar adapter against a real local HTTP server answering as Google documents. */
@Timeout(20)
class GoogleCalendarTest {

    private static final String FREE_BUSY = "POST /calendar/v3/freeBusy";
    private static final String EVENTS = "POST /calendar/v3/calendars/primary/events";
    private static final String TOKEN = "POST /token";
    private static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");
    private static final Google ALICE = new Google("primary", new OAuthRefreshToken("1//alice-refresh"));

    private FakeGoogle google;
    private GoogleCalendar calendar;

    @BeforeEach
    void startGoogle() throws Exception {
        google = new FakeGoogle();
        calendar = new GoogleCalendar(settings(google), Clock.fixed(NINE, ZoneOffset.UTC));
    }

    @AfterEach
    void stopGoogle() {
        google.close();
    }

    static GoogleCalendarSettings settings(FakeGoogle google) {
        return new GoogleCalendarSettings(
                google.root(),
                google.tokenEndpoint(),
                google.root().resolve("/auth"),
                "client-1",
                "secret-1",
                google.root().resolve("/oauth/google/callback"),
                Duration.ofMillis(500),
                Duration.ofMillis(300),
                3,
                Duration.ofMillis(1));
    }

    @Test
    void busy_time_comes_from_one_free_busy_query_for_the_calendar_and_range_sorted_by_start() {
        google.answer(TOKEN, 200, token("at-1")).answer(FREE_BUSY, 200, """
                {"kind": "calendar#freeBusy", "timeMin": "2026-11-24T09:00:00.000Z", "timeMax": "2026-11-24T17:00:00.000Z",
                 "calendars": {"primary": {"busy": [
                   {"start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"},
                   {"start": "2026-11-24T10:00:00+01:00", "end": "2026-11-24T10:30:00+01:00"}]}}}""");

        List<Interval> busy = calendar.busy(ALICE, NINE, NINE.plus(Duration.ofHours(8)));

        assertThat(busy)
                .containsExactly(
                        new Interval(Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T09:30:00Z")),
                        new Interval(Instant.parse("2026-11-24T14:00:00Z"), Instant.parse("2026-11-24T15:00:00Z")));
        FakeGoogle.Received query = google.received(FREE_BUSY).get(0);
        JsonObject body = json(query.body());
        assertThat(Instant.parse(body.get("timeMin").getAsString())).isEqualTo(NINE);
        assertThat(Instant.parse(body.get("timeMax").getAsString())).isEqualTo(NINE.plus(Duration.ofHours(8)));
        assertThat(body.getAsJsonArray("items")).containsExactly(json("{\"id\": \"primary\"}"));
        assertThat(query.header("Authorization")).isEqualTo("Bearer at-1");
        assertThat(google.received(TOKEN).get(0).form())
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "1//alice-refresh")
                .containsEntry("client_id", "client-1")
                .containsEntry("client_secret", "secret-1");
    }

    @Test
    void the_access_token_is_reused_until_shortly_before_it_expires() {
        google.answer(TOKEN, 200, token("at-1")).answer(FREE_BUSY, 200, freeBusy());

        calendar.busy(ALICE, NINE, NINE.plusSeconds(3600));
        calendar.busy(ALICE, NINE, NINE.plusSeconds(3600));

        assertThat(google.received(TOKEN)).hasSize(1);
        assertThat(google.received(FREE_BUSY)).hasSize(2);
    }

    @Test
    void an_access_token_two_minutes_from_expiry_is_renewed_before_the_call() {
        MovingClock clock = new MovingClock(NINE);
        GoogleCalendar calendar = new GoogleCalendar(settings(google), clock);
        google.answer(TOKEN, 200, token("first"))
                .answer(TOKEN, 200, token("second"))
                .answer(FREE_BUSY, 200, freeBusy());

        calendar.busy(ALICE, NINE, NINE.plusSeconds(3600));
        clock.now =
                NINE.plusSeconds(3599).minus(GoogleTokens.RENEW_BEFORE_EXPIRY).minusSeconds(1);
        calendar.busy(ALICE, NINE, NINE.plusSeconds(3600));
        clock.now = NINE.plusSeconds(3599).minus(GoogleTokens.RENEW_BEFORE_EXPIRY);
        calendar.busy(ALICE, NINE, NINE.plusSeconds(3600));

        assertThat(google.received(FREE_BUSY))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer first", "Bearer first", "Bearer second");
    }

    @Test
    void a_token_endpoint_that_fails_for_a_moment_is_tried_again() {
        google.answer(TOKEN, 503, "{\"error\": \"temporarily_unavailable\"}")
                .answer(TOKEN, 200, token("at"))
                .answer(FREE_BUSY, 200, freeBusy());

        assertThat(calendar.busy(ALICE, NINE, NINE.plusSeconds(3600))).hasSize(1);
        assertThat(google.received(TOKEN)).hasSize(2);
    }

    @Test
    void a_calendar_google_reports_as_not_found_inside_free_busy_is_not_found() {
        google.answer(TOKEN, 200, token("at-1")).answer(FREE_BUSY, 200, """
                {"calendars": {"primary": {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}}}""");

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void a_booking_is_inserted_with_its_uid_summary_description_location_attendees_and_times_and_no_google_mail() {
        google.answer(TOKEN, 200, token("at-1"))
                .answer(EVENTS, 200, """
                {"kind": "calendar#event", "id": "%s", "etag": "\\"3181161784712000\\"", "status": "confirmed",
                 "iCalUID": "booking-1@switchboard", "summary": "Intro call"}""".formatted(GoogleCalendar.eventId("booking-1@switchboard")));

        EventRef ref = calendar.create(ALICE, meeting(0, NINE));

        assertThat(ref)
                .isEqualTo(new EventRef(GoogleCalendar.eventId("booking-1@switchboard"), "\"3181161784712000\""));
        FakeGoogle.Received insert = google.received(EVENTS).get(0);
        assertThat(insert.query()).contains("sendUpdates=none");
        JsonObject body = json(insert.body());
        assertThat(body.get("iCalUID").getAsString()).isEqualTo("booking-1@switchboard");
        assertThat(body.get("id").getAsString()).isEqualTo(GoogleCalendar.eventId("booking-1@switchboard"));
        assertThat(body.get("summary").getAsString()).isEqualTo("Intro call");
        assertThat(body.get("description").getAsString()).isEqualTo("Ada from Acme");
        assertThat(body.get("location").getAsString()).isEqualTo("https://meet.example/abc");
        assertThat(Instant.parse(body.getAsJsonObject("start").get("dateTime").getAsString()))
                .isEqualTo(NINE);
        assertThat(Instant.parse(body.getAsJsonObject("end").get("dateTime").getAsString()))
                .isEqualTo(NINE.plusSeconds(1800));
        JsonArray attendees = body.getAsJsonArray("attendees");
        assertThat(attendees).containsExactly(json("{\"email\": \"ada@acme.example\"}"));
    }

    @Test
    void an_insert_whose_first_answer_was_lost_finds_the_event_it_already_wrote() {
        String id = GoogleCalendar.eventId("booking-1@switchboard");
        google.answer(TOKEN, 200, token("at-1"))
                .answer(EVENTS, 409, error(409, "duplicate"))
                .answer("GET /calendar/v3/calendars/primary/events/" + id, 200, """
                        {"id": "%s", "etag": "\\"1\\""}""".formatted(id));

        assertThat(calendar.create(ALICE, meeting(0, NINE))).isEqualTo(new EventRef(id, "\"1\""));
    }

    @Test
    void a_reschedule_patches_the_event_with_its_new_times_and_sequence_if_it_is_still_the_version_written() {
        String route = "PATCH /calendar/v3/calendars/primary/events/ev1";
        google.answer(TOKEN, 200, token("at-1")).answer(route, 200, """
                {"id": "ev1", "etag": "\\"2\\""}""");

        EventRef moved = calendar.update(ALICE, new EventRef("ev1", "\"1\""), meeting(1, NINE.plusSeconds(7200)));

        assertThat(moved).isEqualTo(new EventRef("ev1", "\"2\""));
        FakeGoogle.Received patch = google.received(route).get(0);
        assertThat(patch.header("If-Match")).isEqualTo("\"1\"");
        JsonObject body = json(patch.body());
        assertThat(Instant.parse(body.getAsJsonObject("start").get("dateTime").getAsString()))
                .isEqualTo(NINE.plusSeconds(7200));
        assertThat(body.get("sequence").getAsInt()).isEqualTo(1);
        assertThat(body.get("summary").getAsString()).isEqualTo("Intro call");
    }

    @Test
    void a_reschedule_of_an_event_changed_meanwhile_is_a_conflict_and_of_a_missing_one_not_found() {
        google.answer(TOKEN, 200, token("at-1"))
                .answer("PATCH /calendar/v3/calendars/primary/events/changed", 412, error(412, "conditionNotMet"))
                .answer("PATCH /calendar/v3/calendars/primary/events/gone", 404, error(404, "notFound"));

        assertThatThrownBy(() -> calendar.update(ALICE, new EventRef("changed", "\"1\""), meeting(1, NINE)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.CONFLICT));
        assertThatThrownBy(() -> calendar.update(ALICE, new EventRef("gone", null), meeting(1, NINE)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void a_cancellation_deletes_the_event_and_an_event_already_gone_is_fine() {
        google.answer(TOKEN, 200, token("at-1"))
                .answer("DELETE /calendar/v3/calendars/primary/events/ev1", 204, null)
                .answer("DELETE /calendar/v3/calendars/primary/events/gone", 410, error(410, "deleted"))
                .answer("DELETE /calendar/v3/calendars/primary/events/never", 404, error(404, "notFound"));

        calendar.delete(ALICE, new EventRef("ev1", "\"1\""));
        calendar.delete(ALICE, new EventRef("gone", null));
        calendar.delete(ALICE, new EventRef("never", null));

        FakeGoogle.Received delete = google.received("DELETE /calendar/v3/calendars/primary/events/ev1")
                .get(0);
        assertThat(delete.query()).contains("sendUpdates=none");
        assertThat(delete.header("Authorization")).isEqualTo("Bearer at-1");
    }

    @Test
    void a_refused_access_token_is_renewed_once_and_the_call_made_again() {
        google.answer(TOKEN, 200, token("stale"))
                .answer(TOKEN, 200, token("fresh"))
                .answer(FREE_BUSY, 401, error(401, "authError"))
                .answer(FREE_BUSY, 200, freeBusy());

        assertThat(calendar.busy(ALICE, NINE, NINE.plusSeconds(3600))).hasSize(1);

        assertThat(google.received(TOKEN)).hasSize(2);
        assertThat(google.received(FREE_BUSY))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer stale", "Bearer fresh");
    }

    @Test
    void a_token_refused_again_after_renewal_is_unauthorized() {
        google.answer(TOKEN, 200, token("at")).answer(FREE_BUSY, 401, error(401, "authError"));

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.UNAUTHORIZED));
        assertThat(google.received(FREE_BUSY)).hasSize(2);
    }

    @Test
    void a_revoked_refresh_token_is_unauthorized_without_retrying() {
        google.answer(TOKEN, 400, """
                {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}""");

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.UNAUTHORIZED));
        assertThat(google.received(TOKEN)).hasSize(1);
        assertThat(google.received(FREE_BUSY)).isEmpty();
    }

    @Test
    void rate_limits_403_and_429_are_waited_out_and_the_call_succeeds() {
        google.answer(TOKEN, 200, token("at"))
                .answer(FREE_BUSY, 403, error(403, "rateLimitExceeded"))
                .answer(FREE_BUSY, 429, error(429, "rateLimitExceeded"))
                .answer(FREE_BUSY, 200, freeBusy());

        assertThat(calendar.busy(ALICE, NINE, NINE.plusSeconds(3600))).hasSize(1);
        assertThat(google.received(FREE_BUSY)).hasSize(3);
    }

    @Test
    void a_rate_limit_that_outlasts_every_attempt_is_rate_limited() {
        google.answer(TOKEN, 200, token("at")).answer(FREE_BUSY, 403, error(403, "userRateLimitExceeded"));

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(CalendarFault.class, fault -> {
                    assertThat(fault.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(fault.retryable()).isTrue();
                });
        assertThat(google.received(FREE_BUSY)).hasSize(3);
    }

    @Test
    void a_403_for_any_other_reason_is_unauthorized_at_once() {
        google.answer(TOKEN, 200, token("at")).answer(FREE_BUSY, 403, error(403, "forbidden"));

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.UNAUTHORIZED));
        assertThat(google.received(FREE_BUSY)).hasSize(1);
    }

    @Test
    void a_server_error_on_every_attempt_is_unavailable() {
        google.answer(TOKEN, 200, token("at")).answer(FREE_BUSY, 500, error(500, "backendError"));

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(google.received(FREE_BUSY)).hasSize(3);
    }

    @Test
    void a_google_that_never_answers_is_unavailable_after_the_read_timeout_not_a_hang() {
        google.answer(TOKEN, 200, token("at")).neverAnswer(FREE_BUSY);

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(google.received(FREE_BUSY)).hasSize(3);
    }

    @Test
    void an_answer_that_is_not_googles_json_is_malformed() {
        google.answer(TOKEN, 200, token("at")).answer(FREE_BUSY, 200, "<html>Sign in</html>");

        assertThatThrownBy(() -> calendar.busy(ALICE, NINE, NINE.plusSeconds(3600)))
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void a_service_account_signs_an_assertion_with_its_key_naming_the_rep_as_subject() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Google bob = new Google(
                "bob@acme.example",
                new ServiceAccount("switchboard@acme-project.iam.gserviceaccount.com", pem, "bob@acme.example"));
        google.answer(TOKEN, 200, token("delegated")).answer(FREE_BUSY, 200, """
                {"calendars": {"bob@acme.example": {"busy": []}}}""");

        assertThat(calendar.busy(bob, NINE, NINE.plusSeconds(3600))).isEmpty();

        var form = google.received(TOKEN).get(0).form();
        assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        String[] jwt = form.get("assertion").split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.getPublic());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
        JsonObject header = json(new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8));
        JsonObject claims = json(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8));
        assertThat(header.get("alg").getAsString()).isEqualTo("RS256");
        assertThat(claims.get("iss").getAsString()).isEqualTo("switchboard@acme-project.iam.gserviceaccount.com");
        assertThat(claims.get("sub").getAsString()).isEqualTo("bob@acme.example");
        assertThat(claims.get("aud").getAsString())
                .isEqualTo(google.tokenEndpoint().toString());
        assertThat(claims.get("scope").getAsString()).contains("https://www.googleapis.com/auth/calendar.events");
        assertThat(claims.get("iat").getAsLong()).isEqualTo(NINE.getEpochSecond());
        assertThat(claims.get("exp").getAsLong()).isEqualTo(NINE.getEpochSecond() + 3600);
        assertThat(google.received(FREE_BUSY).get(0).header("Authorization")).isEqualTo("Bearer delegated");
    }

    /** A clock a test moves by hand. */
    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static CalendarEvent meeting(int sequence, Instant start) {
        return new CalendarEvent(
                "booking-1@switchboard",
                sequence,
                Interval.of(start, Duration.ofMinutes(30)),
                "Intro call",
                "Ada from Acme",
                "https://meet.example/abc",
                "alice@sales.example",
                List.of("ada@acme.example"));
    }

    private static String freeBusy() {
        return """
                {"calendars": {"primary": {"busy": [{"start": "2026-11-24T09:00:00Z", "end": "2026-11-24T09:30:00Z"}]}}}""";
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
