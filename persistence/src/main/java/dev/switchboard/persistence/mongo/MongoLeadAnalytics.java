package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.LeadAnalytics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The analytics as aggregation pipelines over the decisions ({@code assignments}), joined to their leads and
 * bookings with {@code $lookup}. Only stages and operators that MongoDB and the embedded server both run are
 * used ({@code $match}, {@code $lookup}, {@code $project}, {@code $unwind}, {@code $group}, {@code $sort},
 * {@code $filter}, {@code $subtract}, {@code $dateToString}): the speed-to-lead buckets are grouped with
 * {@code $cond} rather than {@code $bucket}, so an empty bucket costs nothing and the bounds stay in one list.
 */
@Component
class MongoLeadAnalytics implements LeadAnalytics {

    private static final String ASSIGNMENTS = "assignments";
    private static final long MINUTE = 60_000;

    private final MongoTemplate mongo;

    MongoLeadAnalytics(MongoTemplate mongo) {
        this.mongo = mongo;
        // A pool's period is the common question; the period alone uses the decisions' newest_first index.
        mongo.indexOps(ASSIGNMENTS)
                .createIndex(new Index()
                        .on("poolId", Sort.Direction.ASC)
                        .on("decidedAt", Sort.Direction.ASC)
                        .named("pool_period"));
    }

    @Override
    public Report between(Instant from, Instant to, PoolId pool) {
        return new Report(
                leadsPerRep(from, to, pool),
                leadsPerDay(from, to, pool),
                speedToLead(from, to, pool),
                converted(from, to, pool, "$repId", true),
                converted(from, to, pool, "$lead.source", false),
                slaMoves(from, to, pool));
    }

    private static Document period(Instant from, Instant to, PoolId pool, boolean assignedOnly) {
        Document match = new Document("decidedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)));
        if (pool != null) {
            match.append("poolId", pool.value());
        }
        if (assignedOnly) {
            match.append("repId", new Document("$ne", null));
        }
        return new Document("$match", match);
    }

    private List<Document> run(List<Document> pipeline) {
        return mongo.getCollection(ASSIGNMENTS).aggregate(pipeline).into(new ArrayList<>());
    }

    private List<RepLeads> leadsPerRep(Instant from, Instant to, PoolId pool) {
        return map(
                run(List.of(
                        period(from, to, pool, true),
                        new Document("$group", new Document("_id", "$repId").append("leads", new Document("$sum", 1))),
                        new Document("$sort", new Document("_id", 1)))),
                d -> new RepLeads(new RepId(d.getString("_id")), number(d, "leads")));
    }

    private List<DayLeads> leadsPerDay(Instant from, Instant to, PoolId pool) {
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$decidedAt"));
        return map(
                run(List.of(
                        period(from, to, pool, true),
                        new Document(
                                "$group",
                                new Document("_id", new Document("day", day).append("rep", "$repId"))
                                        .append("leads", new Document("$sum", 1))),
                        new Document("$sort", new Document("_id.day", 1).append("_id.rep", 1)))),
                d -> {
                    Document id = d.get("_id", Document.class);
                    return new DayLeads(id.getString("day"), new RepId(id.getString("rep")), number(d, "leads"));
                });
    }

    private List<WaitBucket> speedToLead(Instant from, Instant to, PoolId pool) {
        Document accepted = new Document(
                "$filter",
                new Document("input", new Document("$ifNull", List.of("$ownership.history", List.of())))
                        .append("as", "change")
                        .append("cond", new Document("$eq", List.of("$$change.kind", "ACCEPTED"))));
        Document waited = new Document(
                "$subtract", List.of(new Document("$arrayElemAt", List.of("$accepted.at", 0)), "$lead.submittedAt"));
        List<Document> found = run(List.of(
                period(from, to, pool, true),
                new Document("$project", new Document("leadId", 1).append("accepted", accepted)),
                new Document("$match", new Document("accepted.0", new Document("$exists", true))),
                lookupLead(),
                new Document("$unwind", "$lead"),
                new Document("$project", new Document("waited", waited)),
                new Document(
                        "$group", new Document("_id", bucketOf("$waited")).append("leads", new Document("$sum", 1)))));
        long[] counts = new long[WAIT_BOUNDS.size()];
        for (Document d : found) {
            counts[((Number) d.get("_id")).intValue()] = number(d, "leads");
        }
        List<WaitBucket> buckets = new ArrayList<>(WAIT_BOUNDS.size());
        for (int i = 0; i < WAIT_BOUNDS.size(); i++) {
            Long upper = i + 1 < WAIT_BOUNDS.size() ? WAIT_BOUNDS.get(i + 1) : null;
            buckets.add(new WaitBucket(WAIT_BOUNDS.get(i), upper, counts[i]));
        }
        return buckets;
    }

    /** The index of the bucket a wait in milliseconds falls in, as nested conditions from the lowest bound up. */
    private static Object bucketOf(String millis) {
        Object ordered = WAIT_BOUNDS.size() - 1;
        for (int i = WAIT_BOUNDS.size() - 1; i >= 1; i--) {
            ordered = new Document(
                    "$cond",
                    List.of(new Document("$lt", List.of(millis, WAIT_BOUNDS.get(i) * MINUTE)), i - 1, ordered));
        }
        return ordered;
    }

    private static Document lookupLead() {
        return new Document(
                "$lookup",
                new Document("from", "leads")
                        .append("localField", "leadId")
                        .append("foreignField", "_id")
                        .append("as", "lead"));
    }

    private List<Converted> converted(Instant from, Instant to, PoolId pool, String key, boolean assignedOnly) {
        List<Document> pipeline = new ArrayList<>();
        pipeline.add(period(from, to, pool, assignedOnly));
        pipeline.add(new Document("$project", new Document("leadId", 1).append("repId", 1)));
        if (!assignedOnly) {
            pipeline.add(lookupLead());
            pipeline.add(new Document("$unwind", "$lead"));
        }
        pipeline.add(new Document(
                "$lookup",
                new Document("from", MongoBookings.COLLECTION)
                        .append("localField", "leadId")
                        .append("foreignField", "leadId")
                        .append("as", "bookings")));
        Document kept = new Document(
                "$filter",
                new Document("input", "$bookings")
                        .append("as", "booking")
                        .append("cond", new Document("$ne", List.of("$$booking.status", "CANCELLED"))));
        pipeline.add(new Document(
                "$project",
                new Document("key", new Document("$ifNull", List.of(key, "")))
                        .append(
                                "met",
                                new Document(
                                        "$cond",
                                        List.of(new Document("$gt", List.of(new Document("$size", kept), 0)), 1, 0)))));
        pipeline.add(new Document(
                "$group",
                new Document("_id", "$key")
                        .append("leads", new Document("$sum", 1))
                        .append("meetings", new Document("$sum", "$met"))));
        pipeline.add(new Document("$sort", new Document("_id", 1)));
        return map(run(pipeline), d -> new Converted(d.getString("_id"), number(d, "leads"), number(d, "meetings")));
    }

    private List<SlaMoves> slaMoves(Instant from, Instant to, PoolId pool) {
        Document moved =
                new Document("$cond", List.of(new Document("$eq", List.of("$change.kind", "MOVED_BY_SLA")), 1, 0));
        Document escalated =
                new Document("$cond", List.of(new Document("$eq", List.of("$change.kind", "ESCALATED")), 1, 0));
        return map(
                run(List.of(
                        period(from, to, pool, false),
                        new Document("$project", new Document("change", "$ownership.history")),
                        new Document("$unwind", "$change"),
                        new Document(
                                "$match",
                                new Document("change.kind", new Document("$in", List.of("MOVED_BY_SLA", "ESCALATED")))),
                        new Document(
                                "$group",
                                new Document("_id", new Document("$ifNull", List.of("$change.from", "")))
                                        .append("moved", new Document("$sum", moved))
                                        .append("escalated", new Document("$sum", escalated))),
                        new Document("$sort", new Document("_id", 1)))),
                d -> new SlaMoves(
                        d.getString("_id").isEmpty() ? null : new RepId(d.getString("_id")),
                        number(d, "moved"),
                        number(d, "escalated")));
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static <T> List<T> map(List<Document> found, Function<Document, T> each) {
        return found.stream().map(each).toList();
    }
}
