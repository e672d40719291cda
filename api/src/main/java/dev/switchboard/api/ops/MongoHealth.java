package dev.switchboard.api.ops;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's part of the health endpoint: a {@code ping} through the same client the app uses.
 * Boot's own indicator sends {@code hello}, which the embedded server does not know; every MongoDB
 * and the embedded server answer {@code ping}. Named so that it replaces Boot's indicator.
 * <p>
 * A ping not answered within {@code switchboard.mongodb.health-timeout} is DOWN at once: a load balancer's
 * probe gets its answer while the driver still waits out its own timeouts on a paused server.
 */
@Component("mongoHealthIndicator")
class MongoHealth implements HealthIndicator {

    private final MongoTemplate mongo;
    private final Duration timeout;

    MongoHealth(MongoTemplate mongo, @Value("${switchboard.mongodb.health-timeout:2s}") Duration timeout) {
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Document> ping =
                CompletableFuture.supplyAsync(() -> mongo.executeCommand(new Document("ping", 1)), runnable -> {
                    Thread thread = new Thread(runnable, "mongo-health");
                    thread.setDaemon(true);
                    thread.start();
                });
        try {
            Document answer = ping.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0
                    ? Health.up().build()
                    : Health.down()
                            .withDetail("answer", "ping not acknowledged")
                            .build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
                    .build();
        } catch (ExecutionException e) {
            return Health.down()
                    .withDetail("error", e.getCause().getClass().getSimpleName())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }
}
