package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.UpdateResult;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingPosition;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.model.booking.CalendarState;
import dev.switchboard.domain.model.booking.CalendarSync;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.Slice;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code bookings} collection: one document per booked meeting, with its calendar write (the outbox)
 * under {@code calendar}. Every change is one single-document operation: the idempotency key and invite
 * token are claimed by unique indexes, changes are conditional on {@code version}, and a calendar write is
 * claimed by a conditional update on {@code calendar.state}, {@code calendar.nextAttemptAt} and
 * {@code calendar.leaseUntil}.
 */
@Component
class MongoBookings implements Bookings {

    static final String COLLECTION = "bookings";
    private static final Date NO_LEASE = new Date(0);

    private final MongoTemplate mongo;
    /** Whether any key from before keys were scoped is left, so that lookups try it (see {@link Bookings#byIdempotency}). */
    private final boolean legacyKeys;

    MongoBookings(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("repId", Sort.Direction.ASC)
                .on("start", Sort.Direction.ASC)
                .named("rep_start"));
        indexes.createIndex(new Index("repId", Sort.Direction.ASC)
                .on("heldStart", Sort.Direction.ASC)
                .named("rep_held"));
        indexes.createIndex(IdempotencyDocument.uniqueIndex());
        indexes.createIndex(
                new Index("inviteToken", Sort.Direction.ASC).unique().sparse().named("inviteToken_unique"));
        indexes.createIndex(new Index("leadId", Sort.Direction.ASC).named("lead"));
        indexes.createIndex(new Index("calendar.state", Sort.Direction.ASC)
                .on("calendar.nextAttemptAt", Sort.Direction.ASC)
                .named("calendar_due"));
        scopeBareKeys();
        this.legacyKeys = mongo.exists(
                Query.query(where(IdempotencyDocument.FIELD + ".scope").is(IdempotencyKey.LEGACY_SCOPE)), COLLECTION);
    }

    /**
     * Bare keys (unique across all callers, as keys were) move into the legacy scope with the digest of their
     * booking's request as if no rep was named, so they answer only that identical request; the bare key's index goes.
     */
    private void scopeBareKeys() {
        Query bare =
                Query.query(where(IdempotencyDocument.BARE_KEY).exists(true)).limit(500);
        for (List<Document> batch = mongo.find(bare, Document.class, COLLECTION);
                !batch.isEmpty();
                batch = mongo.find(bare, Document.class, COLLECTION)) {
            for (Document stored : batch) {
                String key = stored.getString(IdempotencyDocument.BARE_KEY);
                Booking booking = booking(stored);
                String request = Booking.request(
                        booking.leadId(),
                        booking.meetingTypeId(),
                        booking.when().start(),
                        booking.timeZone(),
                        null);
                mongo.updateFirst(
                        Query.query(where("_id")
                                .is(stored.get("_id"))
                                .and(IdempotencyDocument.BARE_KEY)
                                .is(key)),
                        new Update()
                                .set(IdempotencyDocument.FIELD, IdempotencyDocument.legacy(Booking.BOOK, key, request))
                                .unset(IdempotencyDocument.BARE_KEY),
                        COLLECTION);
            }
        }
        if (mongo.indexOps(COLLECTION).getIndexInfo().stream()
                .anyMatch(i -> i.getName().equals(IdempotencyDocument.BARE_KEY_INDEX))) {
            try {
                mongo.indexOps(COLLECTION).dropIndex(IdempotencyDocument.BARE_KEY_INDEX);
            } catch (RuntimeException e) {
                // Another instance dropped it first.
            }
        }
    }

    @Override
    public Map<RepId, List<Interval>> booked(Collection<RepId> reps, Instant from, Instant to) {
        List<String> keys = reps.stream().map(RepId::value).distinct().toList();
        Query overlapping = Query.query(where("repId")
                        .in(keys)
                        .and("heldStart")
                        .lt(Date.from(to))
                        .and("heldEnd")
                        .gt(Date.from(from))
                        .and("status")
                        .ne(BookingStatus.CANCELLED.name()))
                .with(Sort.by("heldStart"));
        Map<RepId, List<Interval>> found = new HashMap<>();
        for (Document d : mongo.find(overlapping, Document.class, COLLECTION)) {
            found.computeIfAbsent(new RepId(d.getString("repId")), r -> new ArrayList<>())
                    .add(new Interval(
                            d.getDate("heldStart").toInstant(),
                            d.getDate("heldEnd").toInstant()));
        }
        return found;
    }

    @Override
    public Booking add(Booking booking) {
        try {
            mongo.insert(document(booking), COLLECTION);
            return booking;
        } catch (DuplicateKeyException e) {
            if (booking.idempotency() == null) {
                throw e;
            }
            return one(IdempotencyDocument.holding(booking.idempotency())).orElseThrow(() -> e);
        }
    }

    @Override
    public Optional<Booking> byId(BookingId id) {
        return one(where("_id").is(id.value()));
    }

    @Override
    public Optional<Booking> byIdempotency(Idempotency claim) {
        Optional<Booking> holder = one(IdempotencyDocument.holding(claim));
        return holder.isPresent() || !legacyKeys ? holder : one(IdempotencyDocument.legacyHolding(claim));
    }

    @Override
    public Optional<Booking> byInviteToken(String token) {
        return one(where("inviteToken").is(token));
    }

    private Optional<Booking> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), Document.class, COLLECTION))
                .map(MongoBookings::booking);
    }

    @Override
    public boolean change(Booking next) {
        CalendarSync sync = next.calendar();
        Update update = new Update()
                .set("start", Date.from(next.when().start()))
                .set("end", Date.from(next.when().end()))
                .set("heldStart", Date.from(next.held().start()))
                .set("heldEnd", Date.from(next.held().end()))
                .set("status", next.status().name())
                .set("sequence", next.sequence())
                .set("version", next.version())
                .set("holdAttempt", next.holdAttempt())
                .set("calendar.state", sync.state().name())
                .set("calendar.attempts", sync.attempts())
                .set("calendar.nextAttemptAt", Date.from(sync.nextAttemptAt()))
                .set("calendar.lastError", sync.lastError());
        UpdateResult result = mongo.updateFirst(
                Query.query(where("_id").is(next.id().value()).and("version").is(next.version() - 1)),
                update,
                COLLECTION);
        return result.getModifiedCount() == 1;
    }

    @Override
    public Slice<Booking> inOrder(int limit, BookingPosition after, Filter filter) {
        Criteria criteria = new Criteria();
        List<Criteria> all = matching(filter);
        if (after != null) {
            Date start = Date.from(after.start());
            all.add(new Criteria()
                    .orOperator(
                            where("start").gt(start),
                            where("start").is(start).and("_id").gt(after.id().value())));
        }
        if (!all.isEmpty()) {
            criteria.andOperator(all.toArray(new Criteria[0]));
        }
        Query query = Query.query(criteria).with(Sort.by("start", "_id")).limit(limit + 1);
        List<Booking> found = mongo.find(query, Document.class, COLLECTION).stream()
                .map(MongoBookings::booking)
                .toList();
        boolean more = found.size() > limit;
        return new Slice<>(more ? found.subList(0, limit) : found, more);
    }

    @Override
    public long count(Filter filter) {
        List<Criteria> all = matching(filter);
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(new Criteria[0]));
        return mongo.count(Query.query(criteria), COLLECTION);
    }

    private static List<Criteria> matching(Filter filter) {
        List<Criteria> all = new ArrayList<>();
        if (filter.rep() != null) {
            all.add(where("repId").is(filter.rep().value()));
        }
        if (filter.lead() != null) {
            all.add(where("leadId").is(filter.lead().value()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status().name()));
        }
        return all;
    }

    @Override
    public Map<LeadId, List<Booking>> forLeads(Collection<LeadId> leads) {
        List<String> keys = leads.stream().map(LeadId::value).distinct().toList();
        Map<LeadId, List<Booking>> found = new LinkedHashMap<>();
        for (Document d : mongo.find(
                Query.query(where("leadId").in(keys)).with(Sort.by("start", "_id")), Document.class, COLLECTION)) {
            Booking booking = booking(d);
            found.computeIfAbsent(booking.leadId(), l -> new ArrayList<>()).add(booking);
        }
        return found;
    }

    @Override
    public Optional<Booking> claimCalendarWrite(BookingId only, Instant now, Instant until, String claimant) {
        Criteria due = where("calendar.state")
                .is(CalendarState.PENDING.name())
                .and("calendar.leaseUntil")
                .lte(Date.from(now));
        due = only != null
                ? due.and("_id").is(only.value())
                : due.and("calendar.nextAttemptAt").lte(Date.from(now));
        Document claimed = mongo.findAndModify(
                Query.query(due).with(Sort.by("calendar.nextAttemptAt")),
                new Update().set("calendar.claimant", claimant).set("calendar.leaseUntil", Date.from(until)),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        return Optional.ofNullable(claimed).map(MongoBookings::booking);
    }

    @Override
    public void finishCalendarWrite(Booking claimed, String claimant, EventRef event, CalendarSync outcome) {
        Query sameVersion = Query.query(where("_id")
                .is(claimed.id().value())
                .and("version")
                .is(claimed.version())
                .and("calendar.claimant")
                .is(claimant));
        Update finished = released(event)
                .set("calendar.state", outcome.state().name())
                .set("calendar.attempts", outcome.attempts())
                .set("calendar.nextAttemptAt", Date.from(outcome.nextAttemptAt()))
                .set("calendar.lastError", outcome.lastError());
        if (mongo.updateFirst(sameVersion, finished, COLLECTION).getModifiedCount() == 1) {
            return;
        }
        // The booking changed while its event was written: keep where the event is, and leave the change due.
        mongo.updateFirst(
                Query.query(where("_id")
                        .is(claimed.id().value())
                        .and("calendar.claimant")
                        .is(claimant)),
                released(event),
                COLLECTION);
    }

    private static Update released(EventRef event) {
        return new Update()
                .set("calendar.eventId", event == null ? null : event.id())
                .set("calendar.eventEtag", event == null ? null : event.etag())
                .set("calendar.claimant", null)
                .set("calendar.leaseUntil", NO_LEASE);
    }

    private static Document document(Booking b) {
        Document calendar = new Document("state", b.calendar().state().name())
                .append(
                        "eventId",
                        b.calendar().event() == null
                                ? null
                                : b.calendar().event().id())
                .append(
                        "eventEtag",
                        b.calendar().event() == null
                                ? null
                                : b.calendar().event().etag())
                .append("attempts", b.calendar().attempts())
                .append("nextAttemptAt", Date.from(b.calendar().nextAttemptAt()))
                .append("lastError", b.calendar().lastError())
                .append("claimant", null)
                .append("leaseUntil", NO_LEASE);
        Document d = new Document("_id", b.id().value())
                .append("leadId", b.leadId().value())
                .append("repId", b.repId().value())
                .append("meetingTypeId", b.meetingTypeId().value())
                .append("start", Date.from(b.when().start()))
                .append("end", Date.from(b.when().end()))
                .append("heldStart", Date.from(b.held().start()))
                .append("heldEnd", Date.from(b.held().end()))
                .append("timeZone", b.timeZone().getId())
                .append("status", b.status().name())
                .append("sequence", b.sequence())
                .append("version", b.version())
                .append("title", b.title())
                .append("location", b.location())
                .append("organizer", b.organizer())
                .append("attendee", b.attendee())
                .append("inviteToken", b.inviteToken())
                .append("bookedAt", Date.from(b.bookedAt()))
                .append("calendar", calendar)
                .append("holdAttempt", b.holdAttempt());
        if (b.idempotency() != null) {
            // Absent rather than null, so the sparse unique index leaves key-less bookings out.
            d.append(
                    IdempotencyDocument.FIELD,
                    IdempotencyDocument.of(b.idempotency()).toDocument());
        }
        return d;
    }

    private static Booking booking(Document d) {
        Document c = d.get("calendar", Document.class);
        EventRef event =
                c.getString("eventId") == null ? null : new EventRef(c.getString("eventId"), c.getString("eventEtag"));
        CalendarSync sync = new CalendarSync(
                CalendarState.valueOf(c.getString("state")),
                event,
                c.getInteger("attempts", 0),
                c.getDate("nextAttemptAt").toInstant(),
                c.getString("lastError"));
        return new Booking(
                new BookingId(d.getString("_id")),
                new LeadId(d.getString("leadId")),
                new RepId(d.getString("repId")),
                new MeetingTypeId(d.getString("meetingTypeId")),
                new Interval(d.getDate("start").toInstant(), d.getDate("end").toInstant()),
                new Interval(
                        d.getDate("heldStart").toInstant(), d.getDate("heldEnd").toInstant()),
                ZoneId.of(d.getString("timeZone")),
                BookingStatus.valueOf(d.getString("status")),
                d.getInteger("sequence"),
                ((Number) d.get("version")).longValue(),
                d.getString("title"),
                d.getString("location"),
                d.getString("organizer"),
                d.getString("attendee"),
                d.getString("inviteToken"),
                IdempotencyDocument.from(d.get(IdempotencyDocument.FIELD, Document.class)),
                d.getDate("bookedAt").toInstant(),
                sync,
                d.getString("holdAttempt"));
    }
}
