package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.engine.EarlierLeads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Earlier leads of the same person, found by one aggregation on {@code leads}: the key (email, or phone) and the
 * period pick the leads through the {@code email_key} or {@code phone_key} index (key, then submission time, newest
 * first), and each of the newest few is joined ({@code $lookup} on the unique {@code assignments.leadId}) to its
 * decision for its current owner. Leads stored before the keys existed get them when this adapter starts.
 */
@Component
class MongoEarlierLeads implements EarlierLeads {

    private static final Logger log = LoggerFactory.getLogger(MongoEarlierLeads.class);

    /** The newest earlier leads looked at: enough to pass over a few unowned ones (disqualified, still queued). */
    private static final int NEWEST = 20;

    private static final int MIGRATION_BATCH = 500;

    private final MongoTemplate mongo;
    private final String leads;
    private final String assignments;

    MongoEarlierLeads(MongoTemplate mongo) {
        this.mongo = mongo;
        this.leads = mongo.getCollectionName(LeadDocument.class);
        this.assignments = mongo.getCollectionName(AssignmentDocument.class);
        var indexes = mongo.indexOps(leads);
        indexes.createIndex(new Index()
                .on("emailKey", Sort.Direction.ASC)
                .on("submittedAt", Sort.Direction.DESC)
                .named("email_key"));
        indexes.createIndex(new Index()
                .on("phoneKey", Sort.Direction.ASC)
                .on("submittedAt", Sort.Direction.DESC)
                .named("phone_key"));
        keyStoredLeads();
    }

    /** Gives leads stored before lead-to-lead matching their keys, in batches, so that they can be matched too. */
    private void keyStoredLeads() {
        Query unkeyed = Query.query(where("emailKey").exists(false)).limit(MIGRATION_BATCH);
        unkeyed.fields().include("_id").include("email").include("phone");
        int keyed = 0;
        for (List<Document> batch = mongo.find(unkeyed, Document.class, leads);
                !batch.isEmpty();
                batch = mongo.find(unkeyed, Document.class, leads)) {
            for (Document stored : batch) {
                // Keyed from the text as stored, not through EmailAddress: an old lead whose email today's rules
                // would refuse must not stop the app from starting.
                mongo.updateFirst(
                        Query.query(where("_id").is(stored.get("_id"))),
                        new Update()
                                .set("emailKey", ContactKeys.email(stored.getString("email")))
                                .set("phoneKey", ContactKeys.phone(stored.getString("phone"))),
                        leads);
                keyed++;
            }
        }
        if (keyed > 0) {
            log.info("Gave {} leads stored before lead-to-lead matching their email and phone keys", keyed);
        }
    }

    @Override
    public Optional<Owned> newestOwned(LeadId lead, ContactKeys keys, boolean byPhone, Instant since, Instant before) {
        Document period = new Document("$gte", Date.from(since)).append("$lt", Date.from(before));
        List<Document> sameOne = new ArrayList<>(2);
        sameOne.add(new Document("emailKey", keys.email()).append("submittedAt", period));
        if (byPhone && keys.phone() != null) {
            sameOne.add(new Document("phoneKey", keys.phone()).append("submittedAt", period));
        }
        List<Document> pipeline = List.of(
                new Document("$match", new Document("$or", sameOne).append("_id", new Document("$ne", lead.value()))),
                new Document("$sort", new Document("submittedAt", -1)),
                new Document("$limit", NEWEST),
                new Document(
                        "$lookup",
                        new Document("from", assignments)
                                .append("localField", "_id")
                                .append("foreignField", "leadId")
                                .append("as", "decision")),
                new Document(
                        "$project",
                        new Document("submittedAt", 1).append("emailKey", 1).append("decision", 1)));
        for (Document earlier : mongo.getCollection(leads).aggregate(pipeline)) {
            RepId owner = owner(earlier.getList("decision", Document.class));
            if (owner != null) {
                return Optional.of(new Owned(
                        new Reason.EarlierLead(
                                new LeadId(earlier.getString("_id")),
                                earlier.getDate("submittedAt").toInstant(),
                                keys.email().equals(earlier.getString("emailKey")) ? "EMAIL" : "PHONE"),
                        owner));
            }
        }
        return Optional.empty();
    }

    /** Who owns the lead now: its ownership's owner; for a decision stored before ownership was kept, its rep. */
    private static RepId owner(List<Document> decision) {
        if (decision == null || decision.isEmpty()) {
            return null;
        }
        Document made = decision.get(0);
        Document ownership = made.get("ownership", Document.class);
        if (ownership != null) {
            String owner = ownership.getString("owner");
            return owner == null ? null : new RepId(owner);
        }
        String rep = made.getString("repId");
        return rep != null && Outcome.ASSIGNED.name().equals(made.getString("outcome")) ? new RepId(rep) : null;
    }
}
