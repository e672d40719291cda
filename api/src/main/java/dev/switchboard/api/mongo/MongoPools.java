package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Pools;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Component
class MongoPools implements Pools {

    private final MongoTemplate mongo;

    MongoPools(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Pool pool) {
        mongo.insert(PoolDocument.of(pool));
    }

    @Override
    public boolean replace(Pool pool) {
        PoolDocument document = PoolDocument.of(pool);
        return mongo.replace(Query.query(where("_id").is(document.id())), document).getMatchedCount() == 1;
    }

    @Override
    public boolean remove(PoolId id) {
        return mongo.remove(Query.query(where("_id").is(id.value())), PoolDocument.class).getDeletedCount() == 1;
    }

    @Override
    public Optional<Pool> byId(PoolId id) {
        return Optional.ofNullable(mongo.findById(id.value(), PoolDocument.class)).map(PoolDocument::toPool);
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
        return mongo.find(new Query().with(Sort.by("name")), PoolDocument.class).stream().map(PoolDocument::toPool).toList();
    }
}
