package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.api.graphql.GlobalIds;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Invites and the rep's note sent over SMTP to a real in-process mail server, the invite read back with ical4j. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.embedded-mongo.storage=memory",
            "switchboard.demo.enabled=false",
            "switchboard.admin.email=" + GraphQlClient.ADMIN_EMAIL,
            "switchboard.admin.password=" + GraphQlClient.ADMIN_PASSWORD,
            "switchboard.sla.enabled=false",
            "switchboard.booking.outbox-interval=PT0.2S",
            "switchboard.booking.mail-from=bookings@switchboard.example"
        })
class MeetingMailApiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    private Workspace workspace;
    private Booker booker;

    @BeforeEach
    void connect() {
        GraphQlClient graphQl = new GraphQlClient(port);
        workspace = new Workspace(graphQl);
        booker = new Booker(graphQl);
    }

    @Test
    void
            the_rep_hears_of_the_lead_and_the_booking_and_the_prospect_gets_a_request_a_request_of_sequence_one_and_a_cancel()
                    throws Exception {
        String pool = workspace.pool("Anna alone", List.of(workspace.rep("Anna")));
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, pool, 7);
        String booking = booker.booked(lead, intro, monday("10:00")).at("/id").asString();

        assertThat(SMTP.waitForIncomingEmail(20_000, 3)).isTrue();
        JsonNode moved = booker.reschedule(booking, monday("15:00"));
        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        assertThat(SMTP.waitForIncomingEmail(20_000, 4)).isTrue();
        booker.cancel(booking);
        assertThat(SMTP.waitForIncomingEmail(20_000, 5)).isTrue();

        List<MimeMessage> toProspect = new ArrayList<>();
        List<String> toRep = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            if (to.equals("prospect7@acme.example")) {
                toProspect.add(message);
            } else {
                assertThat(to).startsWith("anna-");
                toRep.add(message.getSubject());
            }
        }
        assertThat(toRep)
                .containsExactlyInAnyOrder("New lead: Prospect 7", "Meeting booked: Intro: Prospect 7 and Anna");
        assertThat(toProspect).hasSize(3);

        VEvent booked = invite(toProspect.get(0), "REQUEST");
        VEvent rescheduled = invite(toProspect.get(1), "REQUEST");
        VEvent cancelled = invite(toProspect.get(2), "CANCEL");
        String uid = GlobalIds.storedId(booking) + "@switchboard";
        assertThat(booked.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(booked.getSequence().getSequenceNo()).isZero();
        assertThat(rescheduled.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(rescheduled.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(2);

        // The booked and moved invites link to the hosted manage page; a link of the cancel would change nothing.
        assertThat(plainText(toProspect.get(0)))
                .contains("Reschedule or cancel: http://localhost:8080/widget/manage.html?link=");
        assertThat(plainText(toProspect.get(1))).contains("/widget/manage.html?link=");
        assertThat(plainText(toProspect.get(2))).doesNotContain("manage.html");
    }

    private static String plainText(MimeMessage message) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        return read(parts.stream()
                .filter(p -> contentType(p).startsWith("text/plain"))
                .findFirst()
                .orElseThrow());
    }

    /** The message's text/calendar part, whose METHOD must match its content type's, and its .ics attachment, the same. */
    private static VEvent invite(MimeMessage message, String method) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        Part calendarPart = parts.stream()
                .filter(p -> contentType(p).startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(contentType(calendarPart)).contains("method=" + method);
        Part attachment = parts.stream()
                .filter(p -> "invite.ics".equals(fileName(p)))
                .findFirst()
                .orElseThrow();
        String text = read(calendarPart);
        assertThat(read(attachment)).isEqualTo(text);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    /** The text of the message's text/calendar part. */
    static String calendarText(MimeMessage message) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        return read(parts.stream()
                .filter(p -> contentType(p).startsWith("text/calendar"))
                .findFirst()
                .orElseThrow());
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        } else {
            into.add(part);
        }
    }

    private static String contentType(Part part) {
        try {
            return part.getContentType().replaceAll("\\s+", " ");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Part part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
