package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.CalendarHealth;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Health under {@code health} in the rep's calendar connection document: one update of that document per read, never
 * an insert, so a rep without a connection gets none; connecting anew replaces the document and its health with it.
 */
@Component
class MongoCalendarHealth implements CalendarHealth {

    private static final String COLLECTION = "calendar_connections";

    private final MongoTemplate mongo;

    MongoCalendarHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void read(RepId rep, Instant at, String error) {
        Update update = new Update().set("health.checkedAt", Date.from(at)).set("health.ok", error == null);
        if (error == null) {
            update.set("health.lastOkAt", Date.from(at));
        } else {
            update.set("health.lastError", error).set("health.lastErrorAt", Date.from(at));
        }
        mongo.updateFirst(Query.query(where("_id").is(rep.value())), update, COLLECTION);
    }

    @Override
    public Map<RepId, Health> of(Collection<RepId> reps) {
        List<String> ids = reps.stream().map(RepId::value).distinct().toList();
        Query query = Query.query(where("_id").in(ids).and("health").exists(true));
        query.fields().include("health");
        Map<RepId, Health> found = new HashMap<>();
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            Document h = d.get("health", Document.class);
            found.put(
                    new RepId(d.getString("_id")),
                    new Health(
                            instant(h, "checkedAt"),
                            Boolean.TRUE.equals(h.getBoolean("ok")),
                            instant(h, "lastOkAt"),
                            h.getString("lastError"),
                            instant(h, "lastErrorAt")));
        }
        return found;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
