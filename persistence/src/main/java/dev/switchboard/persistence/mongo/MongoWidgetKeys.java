package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.access.WidgetKey;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Widget keys, keyed by the key itself (it is public); indexed by origin for CORS preflights. */
@Component
class MongoWidgetKeys implements WidgetKeys {

    private static final String COLLECTION = "widget_keys";

    private final MongoTemplate mongo;
    // Every widget request checks its key: kept briefly (see RecentReads), so a revocation through another
    // instance applies within the interval.
    private final RecentReads<String, Optional<WidgetKey>> recent;

    MongoWidgetKeys(MongoTemplate mongo, @Value("${switchboard.mongodb.read-cache-ttl:5s}") Duration ttl) {
        this.mongo = mongo;
        this.recent = new RecentReads<>(ttl, 10_000);
        mongo.indexOps(COLLECTION).createIndex(new Index("allowedOrigins", Sort.Direction.ASC).named("origins"));
        mongo.indexOps(COLLECTION).createIndex(Pages.index("createdAt"));
    }

    @Override
    public void add(WidgetKey key) {
        mongo.insert(
                new Document("_id", key.key())
                        .append("formId", key.formId().value())
                        .append("allowedOrigins", key.allowedOrigins())
                        .append("createdAt", Date.from(key.createdAt()))
                        .append("revokedAt", null),
                COLLECTION);
        recent.forgetAll();
    }

    @Override
    public Optional<WidgetKey> byKey(String key) {
        return recent.get(
                key,
                () -> Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION))
                        .map(MongoWidgetKeys::key));
    }

    @Override
    public List<WidgetKey> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), Document.class, COLLECTION).stream()
                .map(MongoWidgetKeys::key)
                .toList();
    }

    @Override
    public boolean anyAllows(String origin) {
        return mongo.exists(
                Query.query(where("allowedOrigins").is(origin).and("revokedAt").is(null)), COLLECTION);
    }

    @Override
    public boolean revoke(String key, Instant at) {
        boolean revoked = mongo.updateFirst(
                                Query.query(
                                        where("_id").is(key).and("revokedAt").is(null)),
                                new Update().set("revokedAt", Date.from(at)),
                                COLLECTION)
                        .getModifiedCount()
                > 0;
        recent.forgetAll();
        return revoked;
    }

    private static WidgetKey key(Document d) {
        Date revoked = d.getDate("revokedAt");
        return new WidgetKey(
                d.getString("_id"),
                new FormId(d.getString("formId")),
                d.getList("allowedOrigins", String.class),
                d.getDate("createdAt").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    @Override
    public Slice<WidgetKey> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byTime(new Query(), "createdAt", after, limit), Document.class, COLLECTION),
                MongoWidgetKeys::key,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
