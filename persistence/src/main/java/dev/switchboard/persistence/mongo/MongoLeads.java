package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Slice;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Component
class MongoLeads implements Leads {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "submittedAt", "_id");

    /** Set in the insert itself, cleared by the relay once the lead's event is recorded (see {@link Leads#withEventsPending}). */
    private static final String EVENTS_PENDING = "eventsPending";

    private final MongoTemplate mongo;

    MongoLeads(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(LeadDocument.class);
        // The idempotency key is claimed by a unique index: the one atomic step that makes retries safe across instances.
        indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC).unique().sparse().named("idempotencyKey_unique"));
        indexes.createIndex(new Index().on("submittedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("newest_first"));
        indexes.createIndex(new Index(EVENTS_PENDING, Sort.Direction.ASC).sparse().named("events_pending"));
    }

    @Override
    public Lead add(Lead lead) {
        try {
            Document document = new Document();
            mongo.getConverter().write(LeadDocument.of(lead), document);
            document.put(EVENTS_PENDING, true);
            mongo.insert(document, mongo.getCollectionName(LeadDocument.class));
            return lead;
        } catch (DuplicateKeyException e) {
            if (lead.idempotencyKey() == null) {
                throw e;
            }
            LeadDocument holder = mongo.findOne(Query.query(where("idempotencyKey").is(lead.idempotencyKey())), LeadDocument.class);
            if (holder == null) {
                throw e;
            }
            return holder.toLead();
        }
    }

    @Override
    public Optional<Lead> byId(LeadId id) {
        return Optional.ofNullable(mongo.findById(id.value(), LeadDocument.class)).map(LeadDocument::toLead);
    }

    @Override
    public Map<LeadId, Lead> byIds(Collection<LeadId> ids) {
        List<String> keys = ids.stream().map(LeadId::value).distinct().toList();
        return mongo.find(Query.query(where("_id").in(keys)), LeadDocument.class).stream()
                .map(LeadDocument::toLead)
                .collect(Collectors.toMap(Lead::id, Function.identity()));
    }

    @Override
    public Slice<Lead> newestFirst(int limit, LeadPosition after) {
        Query query = new Query().with(NEWEST_FIRST).limit(limit + 1);
        if (after != null) {
            query.addCriteria(new Criteria().orOperator(
                    where("submittedAt").lt(after.submittedAt()),
                    where("submittedAt").is(after.submittedAt()).and("_id").lt(after.id().value())));
        }
        List<Lead> page = mongo.find(query, LeadDocument.class).stream().map(LeadDocument::toLead).toList();
        return new Slice<>(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @Override
    public List<Lead> submittedBetween(Collection<FormId> forms, Instant from, Instant to, int limit) {
        Query query = Query.query(where("formId").in(forms.stream().map(FormId::value).toList()).and("submittedAt").gte(from).lt(to))
                .with(Sort.by(Sort.Direction.ASC, "submittedAt", "_id")).limit(limit);
        return mongo.find(query, LeadDocument.class).stream().map(LeadDocument::toLead).toList();
    }

    @Override
    public long count() {
        return mongo.count(new Query(), LeadDocument.class);
    }

    @Override
    public List<Lead> withEventsPending(int limit) {
        return mongo.find(Query.query(where(EVENTS_PENDING).is(true)).limit(limit), LeadDocument.class).stream()
                .map(LeadDocument::toLead).toList();
    }

    @Override
    public void eventsRecorded(LeadId lead) {
        mongo.updateFirst(Query.query(where("_id").is(lead.value())), new Update().unset(EVENTS_PENDING), LeadDocument.class);
    }
}
