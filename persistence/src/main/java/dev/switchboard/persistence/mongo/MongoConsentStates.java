package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.ConsentStates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Consent states, one document each, keyed by the state. Taking one is a single findAndRemove, so of two
 * callbacks racing with one state at most one gets it, and a state is gone once tried, even too late.
 * States abandoned on the consent page are swept as new ones are issued, a day after they expired.
 */
@Component
class MongoConsentStates implements ConsentStates {

    private static final String COLLECTION = "consent_states";

    private final MongoTemplate mongo;

    MongoConsentStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void issue(String state, RepId rep, Instant expiresAt) {
        mongo.remove(Query.query(where("expiresAt").lt(Date.from(expiresAt.minusSeconds(24 * 3600)))), COLLECTION);
        mongo.insert(
                new Document("_id", state).append("repId", rep.value()).append("expiresAt", Date.from(expiresAt)),
                COLLECTION);
    }

    @Override
    public Optional<RepId> take(String state, Instant now) {
        Document taken = mongo.findAndRemove(Query.query(where("_id").is(state)), Document.class, COLLECTION);
        if (taken == null || !now.isBefore(taken.getDate("expiresAt").toInstant())) {
            return Optional.empty();
        }
        return Optional.of(new RepId(taken.getString("repId")));
    }
}
