package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.UpdateResult;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Tallies;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per pool member: the current day and week and the leads counted in each. A lead is
 * counted by one conditional update whose filter carries the caps, so the check and the increment
 * are a single atomic step on one document. Which update applies depends on whether the day or the
 * week has turned since the last count; when none applies the document is read to tell a full cap
 * from a window that another instance turned meanwhile, and in the latter case the count is retried.
 * <p>
 * Windows only move forward: ISO day and week keys sort as strings, so the turn-over updates match only a
 * stored window <em>older</em> than the caller's. A caller whose window is older than the stored one (its
 * clock behind another instance's, or a decision straddling local midnight) counts in the stored window,
 * under its caps, rather than turning the counts back.
 */
@Component
class MongoTallies implements Tallies {

    private static final String COLLECTION = "tallies";
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;

    MongoTallies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static String id(PoolId pool, RepId rep) {
        return pool.value() + "|" + rep.value();
    }

    @Override
    public Map<RepId, Tally> of(PoolId pool, Collection<RepId> reps, String day, String week) {
        Map<String, RepId> byId = new HashMap<>();
        reps.forEach(rep -> byId.put(id(pool, rep), rep));
        Map<RepId, Tally> found = new HashMap<>();
        for (Document d : mongo.find(Query.query(where("_id").in(byId.keySet())), Document.class, COLLECTION)) {
            found.put(byId.get(d.getString("_id")), tally(d, day, week));
        }
        return found;
    }

    private static Tally tally(Document d, String day, String week) {
        if (newer(d, day)) {
            return new Tally(d.getLong("dayCount"), d.getLong("weekCount"));
        }
        boolean sameWeek = week.equals(d.getString("week"));
        boolean sameDay = sameWeek && day.equals(d.getString("day"));
        return new Tally(sameDay ? d.getLong("dayCount") : 0, sameWeek ? d.getLong("weekCount") : 0);
    }

    @Override
    public Counted tryCount(PoolId pool, RepId rep, String day, String week, Integer dailyCap, Integer weeklyCap) {
        String id = id(pool, rep);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // Same day and week: count if below both caps.
            Criteria sameDay =
                    where("_id").is(id).and("day").is(day).and("week").is(week);
            below(sameDay, "dayCount", dailyCap);
            below(sameDay, "weekCount", weeklyCap);
            if (applied(sameDay, new Update().inc("dayCount", 1L).inc("weekCount", 1L))) {
                return Counted.COUNTED;
            }
            // A new day in the same week: the day starts at one, the week counts on if below its cap.
            Criteria newDay =
                    where("_id").is(id).and("week").is(week).and("day").lt(day);
            below(newDay, "weekCount", weeklyCap);
            if (applied(newDay, new Update().set("day", day).set("dayCount", 1L).inc("weekCount", 1L))) {
                return Counted.COUNTED;
            }
            // A new week: both start at one.
            if (applied(
                    where("_id").is(id).and("week").lt(week),
                    new Update()
                            .set("day", day)
                            .set("week", week)
                            .set("dayCount", 1L)
                            .set("weekCount", 1L))) {
                return Counted.COUNTED;
            }
            // The stored day is later than the caller's (a later day is never in an earlier week): count there.
            Criteria later = where("_id").is(id).and("day").gt(day);
            below(later, "dayCount", dailyCap);
            below(later, "weekCount", weeklyCap);
            if (applied(later, new Update().inc("dayCount", 1L).inc("weekCount", 1L))) {
                return Counted.COUNTED;
            }
            Document current = mongo.findById(id, Document.class, COLLECTION);
            if (current == null) {
                try {
                    mongo.insert(
                            new Document("_id", id)
                                    .append("day", day)
                                    .append("week", week)
                                    .append("dayCount", 1L)
                                    .append("weekCount", 1L),
                            COLLECTION);
                    return Counted.COUNTED;
                } catch (DuplicateKeyException createdMeanwhile) {
                    continue;
                }
            }
            Tally tally = tally(current, day, week);
            if (newer(current, day)) {
                Counted refused = Counted.against(tally, dailyCap, weeklyCap);
                if (!refused.counted()) {
                    return refused;
                }
                continue;
            }
            boolean windowsCurrent = day.equals(current.getString("day")) && week.equals(current.getString("week"));
            if (windowsCurrent && !Counted.against(tally, dailyCap, weeklyCap).counted()) {
                return Counted.against(tally, dailyCap, weeklyCap);
            }
            if (!windowsCurrent
                    && weeklyCap != null
                    && week.equals(current.getString("week"))
                    && tally.thisWeek() >= weeklyCap) {
                return Counted.AT_WEEKLY_CAP;
            }
        }
        throw new IllegalStateException("could not count a lead for " + id + " after " + ATTEMPTS + " attempts");
    }

    /** Whether the stored day is later than the caller's: its counts are the current ones. */
    private static boolean newer(Document d, String day) {
        return d.getString("day").compareTo(day) > 0;
    }

    private static void below(Criteria criteria, String field, Integer cap) {
        if (cap != null) {
            criteria.and(field).lt((long) cap);
        }
    }

    private boolean applied(Criteria criteria, Update update) {
        UpdateResult result = mongo.updateFirst(Query.query(criteria), update, COLLECTION);
        return result.getModifiedCount() == 1;
    }
}
