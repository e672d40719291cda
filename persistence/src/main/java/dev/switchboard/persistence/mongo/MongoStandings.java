package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Standings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per pool and window holding a version and every member's entry (as an array, since rep
 * ids may hold dots). A standing is replaced by one update whose filter carries the expected version,
 * so of two decisions made on the same version exactly one is written; the window's first standing is
 * an insert, held unique by its {@code _id}.
 */
@Component
class MongoStandings implements Standings {

    private static final String COLLECTION = "standings";

    private final MongoTemplate mongo;

    MongoStandings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static String id(PoolId pool, String window) {
        return pool.value() + "|" + window;
    }

    @Override
    public Standing of(PoolId pool, String window) {
        Document found = mongo.findById(id(pool, window), Document.class, COLLECTION);
        if (found == null) {
            return Standing.EMPTY;
        }
        Map<RepId, Entry> entries = new HashMap<>();
        for (Document member : found.getList("members", Document.class)) {
            entries.put(
                    new RepId(member.getString("rep")),
                    new Entry(member.getLong("count"), member.getLong("credit"), member.getBoolean("away")));
        }
        return new Standing(found.getLong("version"), entries);
    }

    @Override
    public boolean replace(PoolId pool, String window, long expectedVersion, Map<RepId, Entry> entries) {
        List<Document> members = new ArrayList<>(entries.size());
        entries.forEach((rep, entry) -> members.add(new Document("rep", rep.value())
                .append("count", entry.count())
                .append("credit", entry.credit())
                .append("away", entry.away())));
        String id = id(pool, window);
        if (expectedVersion == 0) {
            try {
                mongo.insert(
                        new Document("_id", id)
                                .append("pool", pool.value())
                                .append("window", window)
                                .append("version", 1L)
                                .append("members", members),
                        COLLECTION);
                return true;
            } catch (DuplicateKeyException firstDecisionRace) {
                return false;
            }
        }
        return mongo.updateFirst(
                                Query.query(where("_id").is(id).and("version").is(expectedVersion)),
                                new Update().set("version", expectedVersion + 1).set("members", members),
                                COLLECTION)
                        .getModifiedCount()
                == 1;
    }
}
