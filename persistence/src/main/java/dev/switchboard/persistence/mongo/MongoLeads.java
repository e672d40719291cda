package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;
import dev.switchboard.domain.port.LeadFilter;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Slice;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code leads} collection. Each lead is inserted with its idempotency key (claimed by a unique index on
 * (scope, operation, key)), marked as having events pending and as not yet known routed; the relay and the
 * recovery of stranded leads clear those marks.
 * <p>
 * On start it brings older data forward, safely on several instances at once: a bare idempotency key (unique
 * across all callers, as keys were) moves under {@code idempotency} in the legacy scope with the digest of its
 * lead, so it answers only an identical submission, and the index on the bare key is dropped; leads stored before
 * the routed mark get it from whether they have a decision.
 */
@Component
class MongoLeads implements Leads {

    private static final Logger log = LoggerFactory.getLogger(MongoLeads.class);

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "submittedAt", "_id");

    /** Set in the insert itself, cleared by the relay once the lead's event is recorded (see {@link Leads#withEventsPending}). */
    private static final String EVENTS_PENDING = "eventsPending";
    /** False in the insert itself, set by the recovery of stranded leads once the lead is known decided. */
    private static final String ROUTED = "routed";

    private static final String ROUTING_LEASE = "routingLeaseUntil";
    private static final int MIGRATION_BATCH = 500;

    private final MongoTemplate mongo;
    private final String collection;
    /** Whether any key from before keys were scoped is left, so that submissions look for one (see {@link Leads#add}). */
    private final boolean legacyKeys;

    MongoLeads(MongoTemplate mongo) {
        this.mongo = mongo;
        this.collection = mongo.getCollectionName(LeadDocument.class);
        var indexes = mongo.indexOps(LeadDocument.class);
        // The idempotency key is claimed by a unique index: the one atomic step that makes retries safe across
        // instances.
        indexes.createIndex(IdempotencyDocument.uniqueIndex());
        indexes.createIndex(new Index()
                .on("submittedAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named("newest_first"));
        indexes.createIndex(new Index()
                .on("formId", Sort.Direction.ASC)
                .on("submittedAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named("by_form_newest_first"));
        indexes.createIndex(
                new Index(EVENTS_PENDING, Sort.Direction.ASC).sparse().named("events_pending"));
        indexes.createIndex(new Index()
                .on(ROUTED, Sort.Direction.ASC)
                .on("submittedAt", Sort.Direction.ASC)
                .named("unrouted"));
        scopeBareKeys();
        markRouted();
        this.legacyKeys = mongo.exists(
                Query.query(where(IdempotencyDocument.FIELD + ".scope").is(IdempotencyKey.LEGACY_SCOPE)), collection);
    }

    private void scopeBareKeys() {
        Query bare =
                Query.query(where(IdempotencyDocument.BARE_KEY).exists(true)).limit(MIGRATION_BATCH);
        int moved = 0;
        for (List<Document> batch = mongo.find(bare, Document.class, collection);
                !batch.isEmpty();
                batch = mongo.find(bare, Document.class, collection)) {
            for (Document stored : batch) {
                String key = stored.getString(IdempotencyDocument.BARE_KEY);
                Lead lead =
                        mongo.getConverter().read(LeadDocument.class, stored).toLead();
                mongo.updateFirst(
                        Query.query(where("_id")
                                .is(stored.get("_id"))
                                .and(IdempotencyDocument.BARE_KEY)
                                .is(key)),
                        new Update()
                                .set(
                                        IdempotencyDocument.FIELD,
                                        IdempotencyDocument.legacy(Lead.SUBMIT, key, lead.request()))
                                .unset(IdempotencyDocument.BARE_KEY),
                        collection);
                moved++;
            }
        }
        if (moved > 0) {
            log.info("Moved {} idempotency keys of leads into the legacy scope", moved);
        }
        if (mongo.indexOps(collection).getIndexInfo().stream()
                .anyMatch(i -> i.getName().equals(IdempotencyDocument.BARE_KEY_INDEX))) {
            try {
                mongo.indexOps(collection).dropIndex(IdempotencyDocument.BARE_KEY_INDEX);
            } catch (RuntimeException e) {
                log.debug("The index on bare idempotency keys is gone already (another instance dropped it)", e);
            }
        }
    }

    private void markRouted() {
        Query unmarked = Query.query(where(ROUTED).exists(false)).limit(MIGRATION_BATCH);
        unmarked.fields().include("_id");
        String assignments = mongo.getCollectionName(AssignmentDocument.class);
        for (List<Document> batch = mongo.find(unmarked, Document.class, collection);
                !batch.isEmpty();
                batch = mongo.find(unmarked, Document.class, collection)) {
            List<Object> ids = batch.stream().map(d -> d.get("_id")).toList();
            Query decisions = Query.query(where("leadId").in(ids));
            decisions.fields().include("leadId");
            Set<Object> decided = mongo.find(decisions, Document.class, assignments).stream()
                    .map(d -> d.get("leadId"))
                    .collect(Collectors.toSet());
            List<Object> undecided =
                    ids.stream().filter(id -> !decided.contains(id)).toList();
            mongo.updateMulti(
                    Query.query(where("_id").in(decided).and(ROUTED).exists(false)),
                    new Update().set(ROUTED, true),
                    collection);
            mongo.updateMulti(
                    Query.query(where("_id").in(undecided).and(ROUTED).exists(false)),
                    new Update().set(ROUTED, false),
                    collection);
        }
    }

    @Override
    public Lead add(Lead lead) {
        Idempotency claim = lead.idempotency();
        if (claim != null && legacyKeys) {
            LeadDocument legacy =
                    mongo.findOne(Query.query(IdempotencyDocument.legacyHolding(claim)), LeadDocument.class);
            if (legacy != null) {
                return legacy.toLead();
            }
        }
        try {
            Document document = new Document();
            mongo.getConverter().write(LeadDocument.of(lead), document);
            document.put(EVENTS_PENDING, true);
            document.put(ROUTED, false);
            mongo.insert(document, collection);
            return lead;
        } catch (DuplicateKeyException e) {
            if (claim == null) {
                throw e;
            }
            LeadDocument holder = mongo.findOne(Query.query(IdempotencyDocument.holding(claim)), LeadDocument.class);
            if (holder == null) {
                throw e;
            }
            return holder.toLead();
        }
    }

    @Override
    public Set<LeadId> addHistory(List<Lead> leads) {
        // Stored routed and without events pending in the insert itself: no recovery routes a history lead and no
        // relay records an event for it, whenever this instance stops.
        List<Document> documents = new java.util.ArrayList<>(leads.size());
        for (Lead lead : leads) {
            Document document = UnorderedWrites.converted(mongo, LeadDocument.of(lead));
            document.put(ROUTED, true);
            documents.add(document);
        }
        // One insert command for the batch; a lead whose key is held was imported before and is kept as it is.
        Set<Integer> held = UnorderedWrites.insert(mongo, collection, documents);
        Set<LeadId> stored = new java.util.HashSet<>();
        for (int i = 0; i < leads.size(); i++) {
            if (!held.contains(i)) {
                stored.add(leads.get(i).id());
            }
        }
        return stored;
    }

    @Override
    public Optional<Lead> byId(LeadId id) {
        return Optional.ofNullable(mongo.findById(id.value(), LeadDocument.class))
                .map(LeadDocument::toLead);
    }

    @Override
    public Map<LeadId, Lead> byIds(Collection<LeadId> ids) {
        List<String> keys = ids.stream().map(LeadId::value).distinct().toList();
        return mongo.find(Query.query(where("_id").in(keys)), LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .collect(Collectors.toMap(Lead::id, Function.identity()));
    }

    @Override
    public Slice<Lead> newestFirst(int limit, LeadPosition after, LeadFilter filter) {
        Query query = holding(filter).with(NEWEST_FIRST).limit(limit + 1);
        if (after != null) {
            query.addCriteria(new Criteria()
                    .orOperator(
                            where("submittedAt").lt(after.submittedAt()),
                            where("submittedAt")
                                    .is(after.submittedAt())
                                    .and("_id")
                                    .lt(after.id().value())));
        }
        List<Lead> page = mongo.find(query, LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .toList();
        return new Slice<>(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @Override
    public List<Lead> submittedBetween(Collection<FormId> forms, Instant from, Instant to, int limit) {
        Query query = Query.query(where("formId")
                        .in(forms.stream().map(FormId::value).toList())
                        .and("submittedAt")
                        .gte(from)
                        .lt(to))
                .with(Sort.by(Sort.Direction.ASC, "submittedAt", "_id"))
                .limit(limit);
        return mongo.find(query, LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .toList();
    }

    @Override
    public Optional<Lead> newestWithEmail(EmailAddress email) {
        // Through the email_key index lead matching keeps (MongoEarlierLeads): one index on a lead's email, not two
        // written with every lead.
        Query newest = Query.query(
                        where("emailKey").is(ContactKeys.of(email, null).email()))
                .with(NEWEST_FIRST)
                .limit(1);
        return Optional.ofNullable(mongo.findOne(newest, LeadDocument.class)).map(LeadDocument::toLead);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), LeadDocument.class);
    }

    @Override
    public long count(LeadFilter filter) {
        return mongo.count(holding(filter), LeadDocument.class);
    }

    /** By email through the email_key index, by form through by_form_newest_first, else through newest_first. */
    private static Query holding(LeadFilter filter) {
        Query query = new Query();
        if (filter.email() != null) {
            query.addCriteria(where("emailKey").is(filter.emailKey()));
        }
        if (filter.form() != null) {
            query.addCriteria(where("formId").is(filter.form().value()));
        }
        if (filter.submittedFrom() != null || filter.submittedTo() != null) {
            Criteria submitted = where("submittedAt");
            if (filter.submittedFrom() != null) {
                submitted = submitted.gte(filter.submittedFrom());
            }
            if (filter.submittedTo() != null) {
                submitted = submitted.lt(filter.submittedTo());
            }
            query.addCriteria(submitted);
        }
        return query;
    }

    @Override
    public List<Lead> withEventsPending(int limit) {
        return mongo.find(Query.query(where(EVENTS_PENDING).is(true)).limit(limit), LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .toList();
    }

    @Override
    public void eventsRecorded(LeadId lead) {
        mongo.updateFirst(
                Query.query(where("_id").is(lead.value())), new Update().unset(EVENTS_PENDING), LeadDocument.class);
    }

    @Override
    public List<Lead> unrouted(Instant storedBefore, Instant now, int limit) {
        Query query = Query.query(where(ROUTED).is(false).and("submittedAt").lt(storedBefore))
                .addCriteria(leaseFree(now))
                .with(Sort.by(Sort.Direction.ASC, "submittedAt", "_id"))
                .limit(limit);
        return mongo.find(query, LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .toList();
    }

    @Override
    public boolean claimRouting(LeadId lead, Instant now, Instant until) {
        Query free =
                Query.query(where("_id").is(lead.value()).and(ROUTED).is(false)).addCriteria(leaseFree(now));
        return mongo.updateFirst(free, new Update().set(ROUTING_LEASE, until), LeadDocument.class)
                        .getModifiedCount()
                == 1;
    }

    private static Criteria leaseFree(Instant now) {
        return new Criteria()
                .orOperator(
                        where(ROUTING_LEASE).exists(false), where(ROUTING_LEASE).lte(now));
    }

    @Override
    public void routed(Collection<LeadId> leads) {
        if (leads.isEmpty()) {
            return;
        }
        mongo.updateMulti(
                Query.query(where("_id").in(leads.stream().map(LeadId::value).toList())),
                new Update().set(ROUTED, true).unset(ROUTING_LEASE),
                LeadDocument.class);
    }
}
