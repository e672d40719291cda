package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoPools implements Pools {

    /** The fields a replace leaves alone: each has its own targeted update. */
    private static final Set<String> SET_ALONE = Set.of("acceptSla", "availabilityFirst");

    private final MongoTemplate mongo;

    MongoPools(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Pool pool) {
        mongo.insert(PoolDocument.of(pool));
    }

    @Override
    public boolean replace(Pool pool, Integer expectedVersion) {
        // Every field but the accept deadline and availability-first, which setAcceptSla and setAvailabilityFirst set
        // alone: a concurrent change of either is not undone.
        return mongo.updateFirst(
                                Revisions.at(pool.id().value(), expectedVersion),
                                Revisions.replacing(mongo, PoolDocument.of(pool), SET_ALONE),
                                PoolDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public Map<PoolId, Integer> versions(Collection<PoolId> ids) {
        Map<PoolId, Integer> versions = new java.util.HashMap<>();
        Revisions.of(mongo, PoolDocument.class, ids.stream().map(PoolId::value).toList())
                .forEach((id, version) -> versions.put(new PoolId(id), version));
        return versions;
    }

    @Override
    public boolean remove(PoolId id) {
        return mongo.remove(Query.query(where("_id").is(id.value())), PoolDocument.class)
                        .getDeletedCount()
                == 1;
    }

    @Override
    public Optional<Pool> byId(PoolId id) {
        return Optional.ofNullable(mongo.findById(id.value(), PoolDocument.class))
                .map(PoolDocument::toPool);
    }

    @Override
    public Map<PoolId, Pool> byIds(Collection<PoolId> ids) {
        List<String> keys = ids.stream().map(PoolId::value).distinct().toList();
        return mongo.find(Query.query(where("_id").in(keys)), PoolDocument.class).stream()
                .map(PoolDocument::toPool)
                .collect(Collectors.toMap(Pool::id, Function.identity()));
    }

    @Override
    public List<Pool> all() {
        return mongo.find(new Query().with(Sort.by("name")), PoolDocument.class).stream()
                .map(PoolDocument::toPool)
                .toList();
    }

    @Override
    public boolean setAcceptSla(PoolId pool, AcceptSla sla) {
        return mongo.updateFirst(
                                Query.query(where("_id").is(pool.value())),
                                new Update()
                                        .set("acceptSla", PoolDocument.SlaDocument.of(sla))
                                        .inc(Revisions.FIELD, 1),
                                PoolDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean setAvailabilityFirst(PoolId pool, MeetingTypeId meetingType) {
        Update update = meetingType == null
                ? new Update().unset("availabilityFirst")
                : new Update().set("availabilityFirst", meetingType.value());
        update.inc(Revisions.FIELD, 1);
        return mongo.updateFirst(Query.query(where("_id").is(pool.value())), update, PoolDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public Slice<Pool> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byText(new Query(), "name", after, limit), PoolDocument.class),
                PoolDocument::toPool,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), PoolDocument.class);
    }
}
