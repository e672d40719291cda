package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.access.audit.AuditEntry;
import dev.switchboard.access.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** One document per admin change in {@code audit_log}, never updated. */
@Component
class MongoAuditLog implements AuditLog {

    @Document("audit_log")
    record AuditDocument(
            @Id String id,
            String actor,
            Instant at,
            String operation,
            String targetType,
            String target,
            String before,
            String after) {

        AuditEntry toEntry() {
            return new AuditEntry(id, actor, at, operation, targetType, target, before, after);
        }
    }

    private final MongoTemplate mongo;

    MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(AuditDocument.class);
        indexes.createIndex(new Index()
                .on("at", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named("newest_first"));
        indexes.createIndex(new Index()
                .on("target", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC)
                .named("by_target"));
    }

    @Override
    public void add(AuditEntry e) {
        mongo.insert(new AuditDocument(
                e.id(), e.actor(), e.at(), e.operation(), e.targetType(), e.target(), e.before(), e.after()));
    }

    @Override
    public Optional<AuditEntry> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, AuditDocument.class)).map(AuditDocument::toEntry);
    }

    @Override
    public Page newestFirst(int limit, String after, String target) {
        Query query = forTarget(target).with(Sort.by(Sort.Direction.DESC, "at", "_id"));
        if (after != null) {
            AuditDocument last = mongo.findById(after, AuditDocument.class);
            if (last != null) {
                query.addCriteria(new Criteria()
                        .orOperator(
                                where("at").lt(last.at()),
                                where("at").is(last.at()).and("_id").lt(last.id())));
            }
        }
        List<AuditEntry> page = mongo.find(query.limit(limit + 1), AuditDocument.class).stream()
                .map(AuditDocument::toEntry)
                .toList();
        return new Page(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @Override
    public long count(String target) {
        return mongo.count(forTarget(target), AuditDocument.class);
    }

    private static Query forTarget(String target) {
        return target == null ? new Query() : Query.query(where("target").is(target));
    }
}
