package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.RepDays;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Each rep's day as two aggregations, whatever the number of reps: one over {@code assignments} (by current owner
 * and decision time, on the {@code owner_decided} index made here) and one over {@code bookings} (by rep and
 * meeting start, on its {@code rep_start} index). Each rep's own day is one branch of a {@code $or}, as reps in
 * different time zones keep different days; each pipeline groups by rep.
 */
@Component
class MongoRepDays implements RepDays {

    private static final String ASSIGNMENTS = "assignments";

    private final MongoTemplate mongo;

    MongoRepDays(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ASSIGNMENTS)
                .createIndex(new Index()
                        .on("ownership.owner", Sort.Direction.ASC)
                        .on("decidedAt", Sort.Direction.ASC)
                        .named("owner_decided"));
    }

    @Override
    public Map<RepId, Day> of(Map<RepId, Interval> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        List<Document> owned = new ArrayList<>();
        List<Document> meetings = new ArrayList<>();
        days.forEach((rep, day) -> {
            Document decided = within(day);
            owned.add(new Document("ownership.owner", rep.value()).append("decidedAt", decided));
            // Decisions stored before ownership was kept belong to the rep they were given to.
            owned.add(
                    new Document("ownership", null).append("repId", rep.value()).append("decidedAt", decided));
            meetings.add(new Document("repId", rep.value()).append("start", within(day)));
        });
        Map<String, Long> leads = countBy(
                ASSIGNMENTS,
                new Document("$or", owned),
                new Document("$ifNull", List.of("$ownership.owner", "$repId")));
        Map<String, Long> booked = countBy(
                MongoBookings.COLLECTION,
                new Document("$or", meetings).append("status", new Document("$ne", BookingStatus.CANCELLED.name())),
                "$repId");
        Map<RepId, Day> found = new HashMap<>();
        for (RepId rep : days.keySet()) {
            long l = leads.getOrDefault(rep.value(), 0L);
            long m = booked.getOrDefault(rep.value(), 0L);
            if (l > 0 || m > 0) {
                found.put(rep, new Day(l, m));
            }
        }
        return found;
    }

    private static Document within(Interval day) {
        return new Document("$gte", Date.from(day.start())).append("$lt", Date.from(day.end()));
    }

    private Map<String, Long> countBy(String collection, Document match, Object key) {
        Map<String, Long> counts = new HashMap<>();
        for (Document d : mongo.getCollection(collection)
                .aggregate(List.of(
                        new Document("$match", match),
                        new Document("$group", new Document("_id", key).append("n", new Document("$sum", 1)))))) {
            if (d.get("_id") instanceof String rep) {
                counts.put(rep, ((Number) d.get("n")).longValue());
            }
        }
        return counts;
    }
}
