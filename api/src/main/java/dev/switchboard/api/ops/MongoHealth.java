package dev.switchboard.api.ops;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's part of the health endpoint: a {@code ping} through the same client the app uses.
 * Boot's own indicator sends {@code hello}, which the embedded server does not know; every MongoDB
 * and the embedded server answer {@code ping}. Named so that it replaces Boot's indicator.
 */
@Component("mongoHealthIndicator")
class MongoHealth implements HealthIndicator {

    private final MongoTemplate mongo;

    MongoHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0
                    ? Health.up().build() : Health.down().withDetail("answer", "ping not acknowledged").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
