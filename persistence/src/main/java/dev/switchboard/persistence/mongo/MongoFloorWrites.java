package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.port.FloorWrites;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The benchmark floor's one insert, into a collection nothing else reads. */
@Component
class MongoFloorWrites implements FloorWrites {

    private final MongoTemplate mongo;

    MongoFloorWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insertOne(String note) {
        mongo.insert(
                new Document("_id", UUID.randomUUID().toString())
                        .append("note", note)
                        .append("at", new Date()),
                "benchmark_floor");
    }
}
