package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.access.RateWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per subject and window, counted by a single findAndModify with {@code $inc} (upserted on the
 * window's first request). A TTL index removes each window a little after it ends; where the server does not
 * honour TTL indexes (the embedded one), an ended window is never read again, as its id names its start.
 */
@Component
class MongoRateWindows implements RateWindows {

    private static final String COLLECTION = "rate_windows";
    private static final FindAndModifyOptions UPSERT_RETURNING_NEW =
            FindAndModifyOptions.options().upsert(true).returnNew(true);

    private final MongoTemplate mongo;

    MongoRateWindows(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("expireAt", Sort.Direction.ASC)
                        .expire(0, TimeUnit.SECONDS)
                        .named("expire_ttl"));
    }

    @Override
    public long count(String subject, Instant start, Duration length) {
        Query window = Query.query(where("_id").is(subject + "@" + start.getEpochSecond()));
        Update take = new Update()
                .inc("count", 1L)
                .setOnInsert("expireAt", Date.from(start.plus(length).plus(length)));
        try {
            return counted(mongo.findAndModify(window, take, UPSERT_RETURNING_NEW, Document.class, COLLECTION));
        } catch (DuplicateKeyException firstRequestRace) {
            // Two first requests of a window upserted at once: one created the document, this one now counts in it.
            return counted(mongo.findAndModify(window, take, UPSERT_RETURNING_NEW, Document.class, COLLECTION));
        }
    }

    private static long counted(Document window) {
        return ((Number) window.get("count")).longValue();
    }
}
