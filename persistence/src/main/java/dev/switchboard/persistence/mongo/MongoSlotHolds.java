package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.SlotHolds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code slot_holds} collection: one document per (rep, {@link Booking#HOLD_STEP} step) held, its
 * {@code _id} made of both, so the primary key's uniqueness is what makes two bookings unable to hold one
 * step. A hold inserts its steps one by one; at the first step someone else holds, it deletes the steps it
 * inserted (compensation: no transaction needed, each write is atomic on its own). Each step names the hold
 * attempt that took it, and releases match the attempt, so a caller releases only what it held itself; and
 * when it was held ({@code heldAt}), for the sweep of steps no booking owns.
 */
@Component
class MongoSlotHolds implements SlotHolds {

    static final String COLLECTION = "slot_holds";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoSlotHolds(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("bookingId", Sort.Direction.ASC)
                        .on("attempt", Sort.Direction.ASC)
                        .named("booking_attempt"));
        mongo.indexOps(COLLECTION).createIndex(new Index("heldAt", Sort.Direction.ASC).named("heldAt"));
    }

    @Override
    public boolean hold(RepId rep, Interval held, BookingId booking, String attempt) {
        List<String> taken = new ArrayList<>();
        Date heldAt = Date.from(clock.instant());
        for (Instant step = held.start(); step.isBefore(held.end()); step = step.plus(Booking.HOLD_STEP)) {
            String id = rep.value() + "|" + step.getEpochSecond();
            try {
                mongo.insert(
                        new Document("_id", id)
                                .append("repId", rep.value())
                                .append("step", Date.from(step))
                                .append("bookingId", booking.value())
                                .append("attempt", attempt)
                                .append("heldAt", heldAt),
                        COLLECTION);
                taken.add(id);
            } catch (DuplicateKeyException e) {
                if (!taken.isEmpty()) {
                    mongo.remove(
                            Query.query(where("_id")
                                    .in(taken)
                                    .and("bookingId")
                                    .is(booking.value())
                                    .and("attempt")
                                    .is(attempt)),
                            COLLECTION);
                }
                return false;
            }
        }
        return true;
    }

    @Override
    public void release(BookingId booking, String attempt) {
        // A null attempt matches the steps stored before attempts were, which have no attempt field.
        mongo.remove(
                Query.query(
                        where("bookingId").is(booking.value()).and("attempt").is(attempt)),
                COLLECTION);
    }

    @Override
    public List<Held> heldBefore(Instant heldBefore, Instant from) {
        Query query = Query.query(
                where("heldAt").lt(Date.from(heldBefore)).and("step").gte(Date.from(from)));
        List<Held> steps = new ArrayList<>();
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            steps.add(new Held(
                    new RepId(d.getString("repId")),
                    d.getDate("step").toInstant(),
                    new BookingId(d.getString("bookingId")),
                    d.getString("attempt")));
        }
        return steps;
    }

    @Override
    public void drop(Held step) {
        mongo.remove(
                Query.query(where("_id")
                        .is(step.rep().value() + "|" + step.step().getEpochSecond())
                        .and("bookingId")
                        .is(step.booking().value())
                        .and("attempt")
                        .is(step.attempt())),
                COLLECTION);
    }
}
