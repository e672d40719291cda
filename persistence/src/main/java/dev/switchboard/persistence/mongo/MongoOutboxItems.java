package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.port.OutboxItems;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads the calendar writes where they are kept, under each booking's {@code calendar}, and the mail in
 * {@code mail_outbox}; a retry is one conditional update of the item's document, which leaves a claim under way
 * (its lease) alone.
 */
@Component
class MongoOutboxItems implements OutboxItems {

    private final MongoTemplate mongo;

    MongoOutboxItems(MongoTemplate mongo) {
        this.mongo = mongo;
        // The listing's order; the mail's own "due" index leads with its state, which a listing of all states lacks.
        mongo.indexOps(MongoMeetingNotices.COLLECTION)
                .createIndex(new Index("nextAttemptAt", Sort.Direction.DESC).named("listed"));
    }

    private static String collection(Kind kind) {
        return kind == Kind.CALENDAR_WRITE ? MongoBookings.COLLECTION : MongoMeetingNotices.COLLECTION;
    }

    /** Where the item's fields sit in its document: under calendar for a booking, at the top for a mail. */
    private static String field(Kind kind, String name) {
        return kind == Kind.CALENDAR_WRITE ? "calendar." + name : name;
    }

    @Override
    public List<Item> listed(Kind kind, String state, int limit) {
        Criteria criteria = state != null
                ? where(field(kind, "state")).is(state)
                : kind == Kind.CALENDAR_WRITE ? where(field(kind, "state")).ne("NOT_NEEDED") : new Criteria();
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, field(kind, "nextAttemptAt")))
                .limit(limit);
        List<Item> found = mongo.find(query, Document.class, collection(kind)).stream()
                .map(d -> item(kind, d))
                .toList();
        // Failed items are the ones to act on: first, each group keeping the due order.
        return java.util.stream.Stream.concat(
                        found.stream().filter(i -> i.state().equals("FAILED")),
                        found.stream().filter(i -> !i.state().equals("FAILED")))
                .toList();
    }

    @Override
    public Optional<Item> byId(Kind kind, String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection(kind)))
                .map(d -> item(kind, d));
    }

    @Override
    public Optional<Item> retry(Kind kind, String id, Instant now) {
        mongo.updateFirst(
                Query.query(where("_id").is(id).and(field(kind, "state")).in("PENDING", "FAILED")),
                new Update()
                        .set(field(kind, "state"), "PENDING")
                        .set(field(kind, "attempts"), 0)
                        .set(field(kind, "nextAttemptAt"), Date.from(now)),
                collection(kind));
        return byId(kind, id);
    }

    private static Item item(Kind kind, Document d) {
        Document part = kind == Kind.CALENDAR_WRITE ? d.get("calendar", Document.class) : d;
        Date next = part.getDate("nextAttemptAt");
        Number attempts = (Number) part.get("attempts");
        return new Item(
                kind,
                d.getString("_id"),
                part.getString("state"),
                kind == Kind.CALENDAR_WRITE ? d.getString("title") : d.getString("kind"),
                kind == Kind.CALENDAR_WRITE ? d.getString("_id") : d.getString("bookingId"),
                attempts == null ? 0 : attempts.intValue(),
                part.getString("lastError"),
                next == null ? null : next.toInstant());
    }
}
