package dev.switchboard.api.mail;

import dev.switchboard.persistence.mongo.MongoMeetingNotices;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.adapter.invite.Invite;
import dev.switchboard.scheduling.adapter.invite.InviteWriter;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the meeting mail queued in the outbox over SMTP: the prospect's iTIP invite as a
 * {@code text/calendar; method=...} part (which mail clients show with their accept buttons) and the same
 * {@code invite.ics} as an attachment; the rep's note as plain text. Each mail is claimed by one instance, and
 * retried with a doubling wait until it is sent or marked FAILED. Notes queued written (a lead assigned) go as they are.
 */
public final class MeetingMail {

    private static final Logger log = LoggerFactory.getLogger(MeetingMail.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (VV)");

    private final MongoMeetingNotices outbox;
    private final JavaMailSender sender;
    private final InviteWriter invites;
    private final Settings settings;
    private final Clock clock;
    private final String claimant = UUID.randomUUID().toString();

    /**
     * @param from        the sender of every mail
     * @param maxAttempts attempts before a mail is marked FAILED
     * @param firstRetry  the wait before the first retry, doubled at each further one up to {@code maxRetry}
     * @param lease       how long a claimed mail belongs to this instance
     */
    public record Settings(String from, int maxAttempts, Duration firstRetry, Duration maxRetry, Duration lease) {
    }

    public MeetingMail(MongoMeetingNotices outbox, JavaMailSender sender, InviteWriter invites, Settings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.invites = invites;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends the mail due now, at most {@code limit}; returns how many were tried. */
    public int sendDue(int limit) {
        int tried = 0;
        while (tried < limit) {
            Instant now = clock.instant();
            Optional<Document> claimed = outbox.claim(now, now.plus(settings.lease()), claimant);
            if (claimed.isEmpty()) {
                break;
            }
            send(claimed.get(), now);
            tried++;
        }
        return tried;
    }

    private void send(Document mail, Instant now) {
        String id = mail.getString("_id");
        try {
            sender.send(message(mail));
            outbox.sent(id, claimant);
        } catch (MailException | MessagingException e) {
            int attempts = mail.getInteger("attempts", 0) + 1;
            Instant next = attempts >= settings.maxAttempts() ? null : now.plus(backoff(attempts));
            log.warn("Mail {} not sent (attempt {}): {}", id, attempts, e.getMessage());
            outbox.failed(id, claimant, attempts, next, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private MimeMessage message(Document mail) throws MessagingException {
        if (mail.getString("kind").equals("NOTE")) {
            MimeMessage note = sender.createMimeMessage();
            note.setFrom(settings.from());
            note.setRecipients(MimeMessage.RecipientType.TO, mail.getString("to"));
            note.setSubject(mail.getString("subject"), "UTF-8");
            note.setText(mail.getString("text"), "UTF-8");
            return note;
        }
        CalendarEvent event = new CalendarEvent(mail.getString("uid"), mail.getInteger("sequence"),
                new Interval(mail.getDate("start").toInstant(), mail.getDate("end").toInstant()), mail.getString("title"),
                "Booked through Switchboard.", mail.getString("location"), mail.getString("organizer"),
                List.of(mail.getString("attendee")));
        String when = event.when().start().atZone(ZoneId.of(mail.getString("timeZone"))).format(WHEN);
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(settings.from());
        String kind = mail.getString("kind");
        if (kind.equals("REP_NOTE")) {
            message.setRecipients(MimeMessage.RecipientType.TO, event.organizer());
            message.setSubject("Meeting booked: " + event.summary(), "UTF-8");
            message.setText(event.summary() + "\n" + when + " (the prospect's time)\nWith " + event.attendees().get(0)
                    + "\nIt is on your calendar when your calendar is connected.\n", "UTF-8");
            return message;
        }
        Invite invite = switch (kind) {
            case "RESCHEDULED" -> invites.rescheduled(event);
            case "CANCELLED" -> invites.cancelled(event);
            default -> invites.booked(event);
        };
        message.setRecipients(MimeMessage.RecipientType.TO, event.attendees().get(0));
        message.setReplyTo(new jakarta.mail.Address[]{new jakarta.mail.internet.InternetAddress(event.organizer())});
        message.setSubject((kind.equals("CANCELLED") ? "Cancelled: " : kind.equals("RESCHEDULED") ? "Moved: " : "Invitation: ")
                + event.summary(), "UTF-8");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(event.summary() + "\n" + when + (event.location() == null ? "" : "\n" + event.location()) + "\n", "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(invite.text().getBytes(StandardCharsets.UTF_8),
                invite.contentType())));
        calendar.setHeader("Content-Type", invite.contentType());
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(invite.text().getBytes(StandardCharsets.UTF_8),
                "application/ics; name=invite.ics")));
        attachment.setFileName("invite.ics");
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.firstRetry();
        for (int n = 1; n < attempts && wait.compareTo(settings.maxRetry()) < 0; n++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }
}
