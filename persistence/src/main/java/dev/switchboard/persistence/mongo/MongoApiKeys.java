package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.access.ApiKey;
import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.Scope;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** API keys by the SHA-256 of the key (unique index); the key itself is never stored. */
@Component
class MongoApiKeys implements ApiKeys {

    private static final String COLLECTION = "api_keys";

    private final MongoTemplate mongo;
    // A key is checked on every request it makes: kept briefly, so a busy integration reads its key once per
    // interval; a revocation through this instance applies at once, through another within the interval.
    private final RecentReads<String, Optional<ApiKey>> recent;
    // When this instance last recorded each key's use, so a use within the interval sends no command at all.
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    MongoApiKeys(MongoTemplate mongo, @Value("${switchboard.mongodb.read-cache-ttl:5s}") Duration ttl) {
        this.mongo = mongo;
        this.recent = new RecentReads<>(ttl, 10_000);
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("hash", Sort.Direction.ASC).unique().named("hash_unique"));
        mongo.indexOps(COLLECTION).createIndex(Pages.index("createdAt"));
    }

    @Override
    public void add(ApiKey key) {
        mongo.insert(
                new Document("_id", key.id())
                        .append("name", key.name())
                        .append("scopes", key.scopes().stream().map(Scope::name).toList())
                        .append("hash", key.hash())
                        .append("prefix", key.prefix())
                        .append("createdAt", Date.from(key.createdAt()))
                        .append("revokedAt", null)
                        .append("lastUsedAt", null),
                COLLECTION);
        recent.forgetAll();
    }

    @Override
    public Optional<ApiKey> byHash(String hash) {
        return recent.get(
                hash,
                () -> Optional.ofNullable(
                                mongo.findOne(Query.query(where("hash").is(hash)), Document.class, COLLECTION))
                        .map(MongoApiKeys::key));
    }

    @Override
    public List<ApiKey> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), Document.class, COLLECTION).stream()
                .map(MongoApiKeys::key)
                .toList();
    }

    @Override
    public boolean revoke(String id, Instant at) {
        boolean revoked = mongo.updateFirst(
                                Query.query(where("_id").is(id).and("revokedAt").is(null)),
                                new Update().set("revokedAt", Date.from(at)),
                                COLLECTION)
                        .getModifiedCount()
                > 0;
        recent.forgetAll();
        return revoked;
    }

    @Override
    public void used(String id, Instant at, Duration every) {
        Instant last = recorded.get(id);
        if (last != null && at.isBefore(last.plus(every))) {
            return;
        }
        if (recorded.size() > 10_000) {
            recorded.clear();
        }
        recorded.put(id, at);
        Criteria stale = new Criteria()
                .orOperator(where("lastUsedAt").is(null), where("lastUsedAt").lt(Date.from(at.minus(every))));
        mongo.updateFirst(
                Query.query(where("_id").is(id)).addCriteria(stale),
                new Update().set("lastUsedAt", Date.from(at)),
                COLLECTION);
    }

    private static ApiKey key(Document d) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        d.getList("scopes", String.class).forEach(s -> scopes.add(Scope.valueOf(s)));
        Date revoked = d.getDate("revokedAt");
        Date used = d.getDate("lastUsedAt");
        return new ApiKey(
                d.getString("_id"),
                d.getString("name"),
                scopes,
                d.getString("hash"),
                d.getString("prefix"),
                d.getDate("createdAt").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                used == null ? null : used.toInstant());
    }

    @Override
    public Slice<ApiKey> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byTime(new Query(), "createdAt", after, limit), Document.class, COLLECTION),
                MongoApiKeys::key,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
