package dev.switchboard.api.mail;

import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.outbound.mail.Mail;
import dev.switchboard.outbound.mail.Mailer;
import dev.switchboard.scheduling.adapter.invite.Invite;
import dev.switchboard.scheduling.adapter.invite.InviteWriter;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends mail over SMTP: a meeting's iTIP invite to the prospect as a {@code text/calendar; method=...} part (which
 * mail clients show with their accept buttons) and the same {@code invite.ics} as an attachment; the rep's notes as
 * plain text. Which mail is due, and its retries, are outbound's ({@code SendMail}); this only renders and sends.
 */
public final class SmtpMailer implements Mailer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (VV)");

    private final JavaMailSender sender;
    private final InviteWriter invites;
    private final String from;
    private final ManagePage managePage;

    /**
     * @param from       the sender of every mail
     * @param managePage where the prospect's invites link to, to reschedule or cancel
     */
    public SmtpMailer(JavaMailSender sender, InviteWriter invites, String from, ManagePage managePage) {
        this.sender = sender;
        this.invites = invites;
        this.from = from;
        this.managePage = managePage;
    }

    @Override
    public void send(Mail mail) {
        try {
            sender.send(message(mail));
        } catch (MailException | MessagingException e) {
            throw new NotSent(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        if (mail instanceof Mail.Note written) {
            MimeMessage note = sender.createMimeMessage();
            note.setFrom(from);
            note.setRecipients(MimeMessage.RecipientType.TO, written.to());
            note.setSubject(written.subject(), "UTF-8");
            note.setText(written.text(), "UTF-8");
            return note;
        }
        Mail.Meeting meeting = (Mail.Meeting) mail;
        CalendarEvent event = new CalendarEvent(
                meeting.uid(),
                meeting.sequence(),
                new Interval(meeting.start(), meeting.end()),
                meeting.title(),
                "Booked through Switchboard.",
                meeting.location(),
                meeting.organizer(),
                List.of(meeting.attendee()));
        String when = event.when().start().atZone(meeting.timeZone()).format(WHEN);
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(from);
        String kind = meeting.kind().name();
        if (kind.equals("REP_NOTE")) {
            message.setRecipients(MimeMessage.RecipientType.TO, event.organizer());
            message.setSubject("Meeting booked: " + event.summary(), "UTF-8");
            message.setText(
                    event.summary() + "\n" + when + " (the prospect's time)\nWith "
                            + event.attendees().get(0) + "\nIt is on your calendar when your calendar is connected.\n",
                    "UTF-8");
            return message;
        }
        Invite invite = switch (kind) {
            case "RESCHEDULED" -> invites.rescheduled(event);
            case "CANCELLED" -> invites.cancelled(event);
            default -> invites.booked(event);
        };
        message.setRecipients(MimeMessage.RecipientType.TO, event.attendees().get(0));
        message.setReplyTo(new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(event.organizer())});
        message.setSubject(
                (kind.equals("CANCELLED") ? "Cancelled: " : kind.equals("RESCHEDULED") ? "Moved: " : "Invitation: ")
                        + event.summary(),
                "UTF-8");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        boolean changeable = !kind.equals("CANCELLED") && meeting.bookingId() != null;
        text.setText(
                event.summary() + "\n" + when + (event.location() == null ? "" : "\n" + event.location()) + "\n"
                        + (changeable
                                ? "\nReschedule or cancel: " + managePage.link(meeting.bookingId(), meeting.start())
                                        + "\n"
                                : ""),
                "UTF-8");
        alternative.addBodyPart(text);
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(
                new ByteArrayDataSource(invite.text().getBytes(StandardCharsets.UTF_8), invite.contentType())));
        calendar.setHeader("Content-Type", invite.contentType());
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(
                invite.text().getBytes(StandardCharsets.UTF_8), "application/ics; name=invite.ics")));
        attachment.setFileName("invite.ics");
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        return message;
    }
}
