package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Bookings;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads the {@code bookings} collection: one document per booked meeting with {@code repId},
 * {@code start} and {@code end} (dates) and {@code status} ({@code CANCELLED} ones are not busy).
 * Booking meetings writes it; until then it is empty.
 */
@Component
class MongoBookings implements Bookings {

    static final String COLLECTION = "bookings";

    private final MongoTemplate mongo;

    MongoBookings(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("repId", Sort.Direction.ASC).on("start", Sort.Direction.ASC)
                .named("rep_start"));
    }

    @Override
    public Map<RepId, List<Interval>> booked(Collection<RepId> reps, Instant from, Instant to) {
        List<String> keys = reps.stream().map(RepId::value).distinct().toList();
        Query overlapping = Query.query(where("repId").in(keys).and("start").lt(Date.from(to)).and("end").gt(Date.from(from))
                .and("status").ne("CANCELLED")).with(Sort.by("start"));
        Map<RepId, List<Interval>> found = new HashMap<>();
        for (Document d : mongo.find(overlapping, Document.class, COLLECTION)) {
            found.computeIfAbsent(new RepId(d.getString("repId")), r -> new ArrayList<>())
                    .add(new Interval(d.getDate("start").toInstant(), d.getDate("end").toInstant()));
        }
        return found;
    }
}
