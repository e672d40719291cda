package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.AssignmentPosition;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.persistence.mongo.AssignmentDocument.OwnershipDocument;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per routed lead: the decision, and under {@code ownership} who owns the lead now with
 * every change since. A change is one update whose filter holds the version it was decided on, so MongoDB
 * applies at most one of several concurrent changes made from the same state, on any number of instances.
 */
@Component
class MongoAssignments implements Assignments {

    private static final String VERSION = "ownership.version";
    private static final String OWNER = "ownership.owner";
    /** Set in the same write as each change, cleared by the relay once its events are recorded. */
    private static final String EVENTS_PENDING = "eventsPending";

    private final MongoTemplate mongo;

    MongoAssignments(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(AssignmentDocument.class);
        indexes.createIndex(new Index("leadId", Sort.Direction.ASC).unique().named("leadId_unique"));
        indexes.createIndex(new Index()
                .on("decidedAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named("newest_first"));
        indexes.createIndex(
                new Index().on("ownership.acceptBy", Sort.Direction.ASC).named("accept_by"));
        indexes.createIndex(new Index()
                .on("ownership.queuePoolId", Sort.Direction.ASC)
                .on("decidedAt", Sort.Direction.ASC)
                .named("queue"));
        indexes.createIndex(
                new Index(EVENTS_PENDING, Sort.Direction.ASC).sparse().named("events_pending"));
    }

    @Override
    public void add(Assignment assignment) {
        try {
            Document document = new Document();
            mongo.getConverter().write(AssignmentDocument.of(assignment), document);
            document.put(EVENTS_PENDING, true);
            mongo.insert(document, mongo.getCollectionName(AssignmentDocument.class));
        } catch (DuplicateKeyException e) {
            throw new InputRejected(
                    ErrorCode.DUPLICATE, "leadId", "lead " + assignment.leadId() + " is already assigned");
        }
    }

    @Override
    public Optional<Assignment> forLead(LeadId lead) {
        return Optional.ofNullable(
                        mongo.findOne(Query.query(where("leadId").is(lead.value())), AssignmentDocument.class))
                .map(AssignmentDocument::toAssignment);
    }

    @Override
    public Optional<Assignment> byId(AssignmentId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AssignmentDocument.class))
                .map(AssignmentDocument::toAssignment);
    }

    @Override
    public Map<LeadId, Assignment> forLeads(Collection<LeadId> leads) {
        List<String> keys = leads.stream().map(LeadId::value).distinct().toList();
        return mongo.find(Query.query(where("leadId").in(keys)), AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .collect(Collectors.toMap(Assignment::leadId, Function.identity()));
    }

    @Override
    public boolean changeOwnership(LeadId lead, Ownership next) {
        long expected = next.version() - 1;
        Criteria current = expected == 0
                // A decision stored before ownership was kept has none yet: it stands at version 0.
                ? new Criteria()
                        .orOperator(where(VERSION).is(0L), where("ownership").is(null))
                : where(VERSION).is(expected);
        Query query = Query.query(where("leadId").is(lead.value()).andOperator(current));
        return mongo.updateFirst(
                                query,
                                new Update()
                                        .set("ownership", OwnershipDocument.of(next))
                                        .set(EVENTS_PENDING, true),
                                AssignmentDocument.class)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public List<Assignment> overdue(Instant now, int limit) {
        Query query = Query.query(where("ownership.acceptBy")
                        .lte(now)
                        .and("ownership.accepted")
                        .is(false)
                        .and(OWNER)
                        .ne(null))
                .with(Sort.by(Sort.Direction.ASC, "ownership.acceptBy"))
                .limit(limit);
        return mongo.find(query, AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .toList();
    }

    @Override
    public Slice<Assignment> waitingIn(PoolId pool, int limit, AssignmentPosition after) {
        Query query = waiting(pool).with(Sort.by(Sort.Direction.ASC, "decidedAt", "_id"));
        if (after != null) {
            query.addCriteria(new Criteria()
                    .orOperator(
                            where("decidedAt").gt(after.decidedAt()),
                            where("decidedAt")
                                    .is(after.decidedAt())
                                    .and("_id")
                                    .gt(after.id().value())));
        }
        return page(query, limit);
    }

    @Override
    public long countWaitingIn(PoolId pool) {
        return mongo.count(waiting(pool), AssignmentDocument.class);
    }

    private static Query waiting(PoolId pool) {
        return Query.query(
                where("ownership.queuePoolId").is(pool.value()).and(OWNER).is(null));
    }

    @Override
    public Slice<Assignment> newestFirst(int limit, AssignmentPosition after, Filter filter) {
        Query query = holding(filter).with(Sort.by(Sort.Direction.DESC, "decidedAt", "_id"));
        if (after != null) {
            query.addCriteria(new Criteria()
                    .orOperator(
                            where("decidedAt").lt(after.decidedAt()),
                            where("decidedAt")
                                    .is(after.decidedAt())
                                    .and("_id")
                                    .lt(after.id().value())));
        }
        return page(query, limit);
    }

    @Override
    public long count(Filter filter) {
        return mongo.count(holding(filter), AssignmentDocument.class);
    }

    private static Query holding(Filter filter) {
        Query query = new Query();
        if (filter.outcome() != null) {
            query.addCriteria(where("outcome").is(filter.outcome().name()));
        }
        if (filter.owner() != null) {
            query.addCriteria(where(OWNER).is(filter.owner().value()));
        }
        if (filter.pool() != null) {
            query.addCriteria(where("poolId").is(filter.pool().value()));
        }
        return query;
    }

    private Slice<Assignment> page(Query query, int limit) {
        List<Assignment> page = mongo.find(query.limit(limit + 1), AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .toList();
        return new Slice<>(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @Override
    public List<Assignment> withEventsPending(int limit) {
        return mongo.find(Query.query(where(EVENTS_PENDING).is(true)).limit(limit), AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .toList();
    }

    @Override
    public void eventsRecorded(Assignment recorded) {
        // Only while the ownership is still the one whose events were recorded: a newer change keeps its mark.
        Query same = Query.query(where("leadId")
                .is(recorded.leadId().value())
                .and(VERSION)
                .is(recorded.ownership().version()));
        mongo.updateFirst(same, new Update().unset(EVENTS_PENDING), AssignmentDocument.class);
    }
}
