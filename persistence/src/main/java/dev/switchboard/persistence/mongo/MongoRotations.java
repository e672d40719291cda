package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Rotations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per pool holding the number of turns taken. A turn is taken by a single
 * findAndModify with {@code $inc}, which MongoDB applies atomically to the one document, so every
 * caller on every instance gets its own number.
 */
@Component
class MongoRotations implements Rotations {

    @Document("rotations")
    record RotationDocument(@Id String id, long turns) {}

    private final MongoTemplate mongo;

    MongoRotations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long nextTurn(PoolId pool) {
        Query query = Query.query(where("_id").is(pool.value()));
        Update take = new Update().inc("turns", 1L);
        FindAndModifyOptions upsertReturningNew =
                FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query, take, upsertReturningNew, RotationDocument.class)
                            .turns()
                    - 1;
        } catch (DuplicateKeyException firstTurnRace) {
            // Two first turns upserted at once: one created the document, the other now simply increments it.
            return mongo.findAndModify(query, take, upsertReturningNew, RotationDocument.class)
                            .turns()
                    - 1;
        }
    }

    @Override
    public long turnsTaken(PoolId pool) {
        RotationDocument rotation = mongo.findById(pool.value(), RotationDocument.class);
        return rotation == null ? 0 : rotation.turns();
    }
}
