package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SettableClock;
import dev.switchboard.outbound.mail.Mail;
import dev.switchboard.outbound.mail.MailOutbox.Claimed;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The mail outbox on the embedded database: notes queued once per id, claimed by one claimant, read back typed. */
class MongoMailOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;
    private static MongoMeetingNotices outbox;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("mail");
        mongo = database.template();
        outbox = new MongoMeetingNotices(mongo, new SettableClock(NOW));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), MongoMeetingNotices.COLLECTION);
    }

    @Test
    void a_note_queued_twice_under_one_id_is_there_once_and_comes_back_as_written() {
        Mail.Note note = new Mail.Note("anna@acme.example", "New lead: Prospect 7", "A lead was assigned to you");
        outbox.queueOnce("event-1/rep-note", note, NOW);
        outbox.queueOnce("event-1/rep-note", note, NOW);

        Optional<Claimed> claimed = outbox.claim(NOW, NOW.plusSeconds(60), "one");

        assertThat(claimed).contains(new Claimed("event-1/rep-note", 0, note));
        assertThat(mongo.count(new Query(), MongoMeetingNotices.COLLECTION)).isEqualTo(1);
    }

    @Test
    void a_claimed_mail_is_nobody_elses_until_its_lease_ends_and_a_failure_makes_it_due_again() {
        outbox.queueOnce("n", new Mail.Note("anna@acme.example", "s", "t"), NOW);
        Claimed first = outbox.claim(NOW, NOW.plusSeconds(60), "one").orElseThrow();

        assertThat(outbox.claim(NOW, NOW.plusSeconds(60), "two")).isEmpty();

        outbox.failed(first.id(), "one", 1, NOW.plusSeconds(30), "refused");
        assertThat(outbox.claim(NOW.plusSeconds(29), NOW.plusSeconds(90), "two"))
                .isEmpty();
        assertThat(outbox.claim(NOW.plusSeconds(30), NOW.plusSeconds(90), "two"))
                .map(Claimed::attempts)
                .contains(1);

        outbox.sent("n", "two");
        assertThat(outbox.claim(NOW.plusSeconds(200), NOW.plusSeconds(260), "three"))
                .isEmpty();
    }
}
