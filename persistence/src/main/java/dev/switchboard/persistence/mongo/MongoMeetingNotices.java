package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.outbound.mail.Mail;
import dev.switchboard.outbound.mail.MailOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code mail_outbox} collection: one document per mail to send, holding the meeting as it stood when
 * queued, so the mail says what was true then even if the booking changes again before it leaves. The mail
 * job claims each with one conditional update ({@link #claim}), as calendar writes are claimed. The documents'
 * fields are read here only: the rest of the app sees typed {@link Mail}.
 */
@Component
class MongoMeetingNotices implements MeetingNotices, MailOutbox {

    static final String COLLECTION = "mail_outbox";
    private static final Date NO_LEASE = new Date(0);

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoMeetingNotices(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("state", Sort.Direction.ASC)
                        .on("nextAttemptAt", Sort.Direction.ASC)
                        .named("due"));
    }

    /** The rep's note on a booking is a mail of its own, so a failure of one never sends the other twice. */
    @Override
    public void queue(Kind kind, Booking b) {
        insert(kind.name(), b);
        if (kind == Kind.BOOKED) {
            insert("REP_NOTE", b);
        }
    }

    private void insert(String kind, Booking b) {
        mongo.insert(
                new Document("_id", UUID.randomUUID().toString())
                        .append("kind", kind)
                        .append("bookingId", b.id().value())
                        .append("uid", b.event().uid())
                        .append("sequence", b.sequence())
                        .append("start", Date.from(b.when().start()))
                        .append("end", Date.from(b.when().end()))
                        .append("timeZone", b.timeZone().getId())
                        .append("title", b.title())
                        .append("location", b.location())
                        .append("organizer", b.organizer())
                        .append("attendee", b.attendee())
                        .append("state", "PENDING")
                        .append("attempts", 0)
                        .append("nextAttemptAt", Date.from(clock.instant()))
                        .append("leaseUntil", NO_LEASE)
                        .append("lastError", null),
                COLLECTION);
    }

    /** The id is the document's, so a second insert of the same note meets the primary key and stores nothing. */
    @Override
    public void queueOnce(String id, Mail.Note note, Instant at) {
        try {
            insertNote(id, note, at);
        } catch (DuplicateKeyException queuedAlready) {
            // The event was handed over before (another instance, or a fan-out retried): the note is queued once.
        }
    }

    private void insertNote(String id, Mail.Note note, Instant at) {
        mongo.insert(
                new Document("_id", id)
                        .append("kind", "NOTE")
                        .append("to", note.to())
                        .append("subject", note.subject())
                        .append("text", note.text())
                        .append("state", "PENDING")
                        .append("attempts", 0)
                        .append("nextAttemptAt", Date.from(at))
                        .append("leaseUntil", NO_LEASE)
                        .append("lastError", null),
                COLLECTION);
    }

    /** Claims one mail due at {@code now} until {@code until}: of instances claiming together, one gets each mail. */
    @Override
    public Optional<Claimed> claim(Instant now, Instant until, String claimant) {
        Query due = Query.query(where("state")
                        .is("PENDING")
                        .and("nextAttemptAt")
                        .lte(Date.from(now))
                        .and("leaseUntil")
                        .lte(Date.from(now)))
                .with(Sort.by("nextAttemptAt"));
        return Optional.ofNullable(mongo.findAndModify(
                        due,
                        new Update().set("claimant", claimant).set("leaseUntil", Date.from(until)),
                        FindAndModifyOptions.options().returnNew(true),
                        Document.class,
                        COLLECTION))
                .map(d -> new Claimed(d.getString("_id"), d.getInteger("attempts", 0), mail(d)));
    }

    private static Mail mail(Document d) {
        String kind = d.getString("kind");
        if (kind.equals("NOTE")) {
            return new Mail.Note(d.getString("to"), d.getString("subject"), d.getString("text"));
        }
        return new Mail.Meeting(
                Mail.Kind.valueOf(kind),
                d.getString("uid"),
                d.getInteger("sequence", 0),
                d.getDate("start").toInstant(),
                d.getDate("end").toInstant(),
                ZoneId.of(d.getString("timeZone")),
                d.getString("title"),
                d.getString("location"),
                d.getString("organizer"),
                d.getString("attendee"),
                d.getString("bookingId"));
    }

    /** Marks a claimed mail sent. */
    @Override
    public void sent(String id, String claimant) {
        mongo.updateFirst(
                Query.query(where("_id").is(id).and("claimant").is(claimant)),
                new Update().set("state", "SENT").set("leaseUntil", NO_LEASE).set("lastError", null),
                COLLECTION);
    }

    /** Records a failed attempt: due again at {@code next}, or FAILED for good when {@code next} is null. */
    @Override
    public void failed(String id, String claimant, int attempts, Instant next, String error) {
        Update update =
                new Update().set("attempts", attempts).set("lastError", error).set("leaseUntil", NO_LEASE);
        if (next == null) {
            update.set("state", "FAILED");
        } else {
            update.set("nextAttemptAt", Date.from(next));
        }
        mongo.updateFirst(Query.query(where("_id").is(id).and("claimant").is(claimant)), update, COLLECTION);
    }
}
