package dev.switchboard.outbound.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SettableClock;
import dev.switchboard.domain.retry.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mail leaves through the mailer; a mail server that refuses it sees it again as the shared retry policy says. */
class SendMailTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final Backoff RETRIES =
            new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 3, Backoff.Jitter.fixed(1));

    private final SettableClock clock = new SettableClock(NOON);
    private final QueuedMail outbox = new QueuedMail();
    private final RefusingMailer mailer = new RefusingMailer();
    private final SendMail send = new SendMail(outbox, mailer, RETRIES, Duration.ofMinutes(2), clock);

    @Test
    void a_due_note_is_sent_once_and_marked_sent() {
        outbox.queueOnce("n1", new Mail.Note("anna@acme.example", "New lead: Prospect 7", "text"), NOON);
        outbox.queueOnce("n1", new Mail.Note("anna@acme.example", "New lead: Prospect 7", "text"), NOON);

        assertThat(send.sendDue(10)).isEqualTo(1);
        assertThat(mailer.sent).extracting(m -> ((Mail.Note) m).subject()).containsExactly("New lead: Prospect 7");
        assertThat(outbox.state("n1")).isEqualTo("SENT");
        assertThat(send.sendDue(10)).isZero();
    }

    @Test
    void a_refused_mail_waits_as_the_backoff_says_and_fails_after_its_last_attempt() {
        mailer.refuse = true;
        outbox.queueOnce("n1", new Mail.Note("anna@acme.example", "s", "t"), NOON);

        send.sendDue(10);
        assertThat(outbox.due("n1")).isEqualTo(NOON.plusSeconds(30));
        assertThat(send.sendDue(10)).as("not due before its retry").isZero();

        clock.set(NOON.plusSeconds(30));
        send.sendDue(10);
        assertThat(outbox.due("n1")).isEqualTo(NOON.plusSeconds(30 + 60));

        clock.set(NOON.plusSeconds(90));
        send.sendDue(10);
        assertThat(outbox.state("n1")).isEqualTo("FAILED");
        assertThat(outbox.error("n1")).isEqualTo("refused");
    }

    private static final class RefusingMailer implements Mailer {
        boolean refuse;
        final List<Mail> sent = new ArrayList<>();

        @Override
        public void send(Mail mail) {
            if (refuse) {
                throw new NotSent("refused", null);
            }
            sent.add(mail);
        }
    }

    /** The mail outbox in memory, one thread: a claim takes the first due mail whose lease is free. */
    private static final class QueuedMail implements MailOutbox {

        private static final class Row {
            Mail mail;
            String state = "PENDING";
            int attempts;
            Instant due;
            Instant leaseUntil = Instant.EPOCH;
            String claimant;
            String error;
        }

        private final Map<String, Row> rows = new LinkedHashMap<>();

        @Override
        public void queueOnce(String id, Mail.Note note, Instant at) {
            rows.computeIfAbsent(id, any -> {
                Row row = new Row();
                row.mail = note;
                row.due = at;
                return row;
            });
        }

        @Override
        public Optional<Claimed> claim(Instant now, Instant until, String claimant) {
            for (Map.Entry<String, Row> e : rows.entrySet()) {
                Row row = e.getValue();
                if (row.state.equals("PENDING") && !row.due.isAfter(now) && !row.leaseUntil.isAfter(now)) {
                    row.leaseUntil = until;
                    row.claimant = claimant;
                    return Optional.of(new Claimed(e.getKey(), row.attempts, row.mail));
                }
            }
            return Optional.empty();
        }

        @Override
        public void sent(String id, String claimant) {
            Row row = rows.get(id);
            if (claimant.equals(row.claimant)) {
                row.state = "SENT";
                row.leaseUntil = Instant.EPOCH;
            }
        }

        @Override
        public void failed(String id, String claimant, int attempts, Instant next, String error) {
            Row row = rows.get(id);
            if (claimant.equals(row.claimant)) {
                row.attempts = attempts;
                row.error = error;
                row.leaseUntil = Instant.EPOCH;
                if (next == null) {
                    row.state = "FAILED";
                } else {
                    row.due = next;
                }
            }
        }

        String state(String id) {
            return rows.get(id).state;
        }

        Instant due(String id) {
            return rows.get(id).due;
        }

        String error(String id) {
            return rows.get(id).error;
        }
    }
}
