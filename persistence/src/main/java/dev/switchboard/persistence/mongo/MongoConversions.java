package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Conversions;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * One document per converted lead, keyed by the lead's id, so a lead converts once however many
 * instances record it at the same time. A pool's results are one aggregation over its assignments in
 * the period, each joined ({@code $lookup} on the key) to its lead's conversion, grouped by rep.
 */
@Component
class MongoConversions implements Conversions {

    private static final String COLLECTION = "conversions";

    private final MongoTemplate mongo;

    MongoConversions(MongoTemplate mongo) {
        this.mongo = mongo;
        // The results query reads one pool's assignments in a period at every performance-weighted decision.
        mongo.indexOps(AssignmentDocument.class)
                .createIndex(new Index()
                        .on("poolId", Sort.Direction.ASC)
                        .on("decidedAt", Sort.Direction.ASC)
                        .named("pool_period"));
    }

    @Override
    public Instant record(LeadId lead, Instant at) {
        // Stored to the millisecond, as BSON dates are: the first answer and every later one agree.
        Date stored = Date.from(at);
        try {
            mongo.insert(new Document("_id", lead.value()).append("convertedAt", stored), COLLECTION);
            return stored.toInstant();
        } catch (DuplicateKeyException recordedBefore) {
            return mongo.findById(lead.value(), Document.class, COLLECTION)
                    .getDate("convertedAt")
                    .toInstant();
        }
    }

    @Override
    public Map<LeadId, Instant> convertedAt(Collection<LeadId> leads) {
        List<String> keys = leads.stream().map(LeadId::value).distinct().toList();
        Map<LeadId, Instant> found = new HashMap<>();
        mongo.find(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                        .in(keys)),
                        Document.class,
                        COLLECTION)
                .forEach(d -> found.put(
                        new LeadId(d.getString("_id")), d.getDate("convertedAt").toInstant()));
        return found;
    }

    @Override
    public Map<RepId, Results> between(PoolId pool, Collection<RepId> reps, Instant from, Instant to) {
        List<Document> pipeline = List.of(
                new Document(
                        "$match",
                        new Document("poolId", pool.value())
                                .append("outcome", Outcome.ASSIGNED.name())
                                .append(
                                        "repId",
                                        new Document(
                                                "$in",
                                                reps.stream()
                                                        .map(RepId::value)
                                                        .distinct()
                                                        .toList()))
                                .append(
                                        "decidedAt",
                                        new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))),
                new Document(
                        "$lookup",
                        new Document("from", COLLECTION)
                                .append("localField", "leadId")
                                .append("foreignField", "_id")
                                .append("as", "conversion")),
                new Document(
                        "$group",
                        new Document("_id", "$repId")
                                .append("assigned", new Document("$sum", 1))
                                .append("converted", new Document("$sum", new Document("$size", "$conversion")))));
        Map<RepId, Results> found = new HashMap<>();
        for (Document rep : mongo.getCollection(mongo.getCollectionName(AssignmentDocument.class))
                .aggregate(pipeline)) {
            found.put(
                    new RepId(rep.getString("_id")),
                    new Results(
                            ((Number) rep.get("assigned")).longValue(), ((Number) rep.get("converted")).longValue()));
        }
        return found;
    }
}
