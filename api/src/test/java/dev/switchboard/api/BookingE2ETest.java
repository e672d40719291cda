package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.scheduling.adapter.caldav.RadicaleServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The done-means test of booking, through GraphQL: a rep on Google (a local stand-in answering Google's JSON) and
 * a rep on a real Radicale CalDAV server; slots keep off both calendars' busy time; a booking is written to each;
 * the prospect's invite arrives over SMTP (GreenMail); a reschedule and a cancellation reach all three places.
 */
class BookingE2ETest {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path folder;

    private RadicaleServer radicale;
    private GoogleStandIn google;
    private GreenMail smtp;
    private RunningApp app;
    private Workspace workspace;
    private Booker booker;

    @BeforeEach
    void start() throws Exception {
        radicale = RadicaleServer.start(folder);
        google = new GoogleStandIn();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        app = RunningApp.start(Map.ofEntries(
                Map.entry("switchboard.embedded-mongo.storage", "memory"),
                Map.entry("switchboard.sla.enabled", false),
                Map.entry("switchboard.google.client-id", "switchboard-client.apps.googleusercontent.com"),
                Map.entry("switchboard.google.client-secret", "client-secret-1"),
                Map.entry("switchboard.google.token-endpoint", google.root().resolve("/token")),
                Map.entry("switchboard.google.api-root", google.root()),
                Map.entry("switchboard.booking.outbox-interval", "PT0.2S"),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", smtp.getSmtp().getPort())));
        workspace = new Workspace(app.graphQl());
        booker = new Booker(app.graphQl());
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        google.close();
        smtp.stop();
        radicale.close();
    }

    @Test
    void bookings_reach_a_google_and_a_caldav_calendar_and_the_prospects_mailbox_and_follow_reschedule_and_cancel()
            throws Exception {
        String gia = workspace.rep("Gia");
        app.bean(dev.switchboard.domain.port.CalendarConnections.class)
                .connect(
                        new dev.switchboard.domain.model.RepId(GlobalIds.storedId(gia)),
                        new dev.switchboard.domain.model.calendar.CalendarConnection.Google(
                                "primary",
                                new dev.switchboard.domain.model.calendar.CalendarConnection.OAuthRefreshToken(
                                        "1//gia")));
        google.busy(monday("11:00"), monday("12:00"));
        String rafa = workspace.rep("Rafa");
        URI collection = radicale.url("/rafa/work/");
        assertThat(dav(HttpRequest.newBuilder(collection).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(201);
        assertThat(dav(HttpRequest.newBuilder(collection.resolve("dentist.ics"))
                                .header("Content-Type", "text/calendar")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        event("dentist-1", monday("09:00"), monday("10:00")))))
                        .statusCode())
                .isIn(201, 204);
        JsonNode connected = app.graphQl()
                .execute(
                        CalendarsApiTest.CONNECT,
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rafa,
                                        "caldav",
                                        Map.of("url", collection.toString(), "username", "rafa", "password", "any"))))
                .at("/data/connectCalendar");
        assertThat(connected.at("/errors").size()).as(connected.toString()).isZero();
        String intro = booker.meetingType(30, 0);

        assertThat(slots(gia, intro))
                .contains(monday("09:00"), monday("10:00"))
                .doesNotContain(monday("11:00"), monday("11:30"));
        assertThat(slots(rafa, intro))
                .contains(monday("10:00"), monday("11:00"))
                .doesNotContain(monday("09:00"), monday("09:30"));

        String giaLead = booker.lead(workspace, workspace.pool("Gia alone", List.of(gia)), 1);
        String rafaLead = booker.lead(workspace, workspace.pool("Rafa alone", List.of(rafa)), 2);
        JsonNode withGia = booker.booked(giaLead, intro, monday("10:00"));
        JsonNode withRafa = booker.booked(rafaLead, intro, monday("10:00"));
        assertThat(withGia.at("/calendar/state").asString()).isEqualTo("WRITTEN");
        assertThat(withRafa.at("/calendar/state").asString())
                .as(withRafa.toString())
                .isEqualTo("WRITTEN");
        assertThat(Instant.parse(only(google.events()).at("/start/dateTime").asString()))
                .isEqualTo(monday("10:00"));
        URI rafaEvent = collection.resolve(GlobalIds.storedId(withRafa.at("/id").asString()) + "%40switchboard.ics");
        assertThat(davEvent(rafaEvent)).contains("DTSTART:" + UTC.format(monday("10:00")), "SEQUENCE:0");
        assertThat(slots(rafa, intro)).doesNotContain(monday("10:00"));

        VEvent invited = invite(awaitMail("prospect2@acme.example", 1).get(0), "REQUEST");
        assertThat(invited.getUid().orElseThrow().getValue())
                .isEqualTo(GlobalIds.storedId(withRafa.at("/id").asString()) + "@switchboard");
        assertThat(invited.getSequence().getSequenceNo()).isZero();

        JsonNode moved = booker.reschedule(withRafa.at("/id").asString(), monday("14:00"));
        assertThat(moved.at("/booking/calendar/state").asString())
                .as(moved.toString())
                .isEqualTo("WRITTEN");
        assertThat(davEvent(rafaEvent)).contains("DTSTART:" + UTC.format(monday("14:00")), "SEQUENCE:1");
        VEvent update = invite(awaitMail("prospect2@acme.example", 2).get(1), "REQUEST");
        assertThat(update.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(update.getStartDate().orElseThrow().getDate()).isNotNull();
        JsonNode movedAtGoogle = booker.reschedule(withGia.at("/id").asString(), monday("15:00"));
        assertThat(movedAtGoogle.at("/errors").size())
                .as(movedAtGoogle.toString())
                .isZero();
        assertThat(Instant.parse(only(google.events()).at("/start/dateTime").asString()))
                .isEqualTo(monday("15:00"));

        assertThat(booker.cancel(withRafa.at("/id").asString())
                        .at("/booking/calendar/state")
                        .asString())
                .isEqualTo("WRITTEN");
        assertThat(booker.cancel(withGia.at("/id").asString())
                        .at("/booking/calendar/state")
                        .asString())
                .isEqualTo("WRITTEN");
        assertThat(dav(HttpRequest.newBuilder(rafaEvent).GET()).statusCode())
                .as("removed from Radicale")
                .isEqualTo(404);
        assertThat(google.events()).as("removed from Google").isEmpty();
        VEvent cancel = invite(awaitMail("prospect2@acme.example", 3).get(2), "CANCEL");
        assertThat(cancel.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancel.getUid().orElseThrow().getValue())
                .isEqualTo(GlobalIds.storedId(withRafa.at("/id").asString()) + "@switchboard");
    }

    private List<Instant> slots(String rep, String meetingType) {
        JsonNode found = app.graphQl()
                .execute(
                        """
                query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start } unknownReps { reason } errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rep,
                                        "meetingTypeId",
                                        meetingType,
                                        "from",
                                        monday("00:00").toString(),
                                        "to",
                                        monday("23:59").toString(),
                                        "timeZone",
                                        "Europe/Paris")))
                .at("/data/availableSlots");
        assertThat(found.at("/unknownReps").size()).as(found.toString()).isZero();
        return found.at("/slots")
                .valueStream()
                .map(s -> Instant.parse(s.at("/start").asString()))
                .toList();
    }

    private List<MimeMessage> awaitMail(String to, int count) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            List<MimeMessage> received = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to)) {
                    received.add(message);
                }
            }
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " mails reached " + to);
    }

    private static VEvent invite(MimeMessage message, String method) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.UTF_8)).contains("text/calendar; method=" + method, "invite.ics");
        String ics = MeetingMailApiTest.calendarText(message);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String event(String uid, Instant start, Instant end) {
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Test//Dentist//EN",
                "BEGIN:VEVENT",
                "UID:" + uid,
                "DTSTAMP:" + UTC.format(start),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(end),
                "SUMMARY:Dentist",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private String davEvent(URI resource) throws IOException, InterruptedException {
        HttpResponse<String> got = dav(HttpRequest.newBuilder(resource).GET());
        assertThat(got.statusCode()).as("GET " + resource).isEqualTo(200);
        return got.body();
    }

    /** As Rafa; Radicale closes each connection, so a request lost on a closed one is sent again. */
    private static HttpResponse<String> dav(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest asRafa = request.header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString("rafa:any".getBytes(StandardCharsets.UTF_8)))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return HTTP.send(asRafa, HttpResponse.BodyHandlers.ofString());
            } catch (IOException dropped) {
                if (attempt == 4) {
                    throw dropped;
                }
            }
        }
    }

    private static ObjectNode only(Map<String, ObjectNode> events) {
        assertThat(events).hasSize(1);
        return events.values().iterator().next();
    }
}
