package dev.switchboard.api.ops;

import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.Delivery;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook deliveries, with each attempt counted for Prometheus by how it ended
 * ({@code switchboard.webhooks.attempts}, outcome DELIVERED, PENDING for a retry to come, or FAILED for good).
 */
public final class CountedDeliveries implements Deliveries {

    private final Deliveries deliveries;
    private final MeterRegistry registry;

    public CountedDeliveries(Deliveries deliveries, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.registry = registry;
    }

    @Override
    public boolean attempted(Claimed claimed, Delivery.Attempt attempt, Delivery.Status status, Instant nextAttemptAt) {
        boolean recorded = deliveries.attempted(claimed, attempt, status, nextAttemptAt);
        if (recorded) {
            registry.counter("switchboard.webhooks.attempts", "outcome", status.name())
                    .increment();
        }
        return recorded;
    }

    @Override
    public void addIfAbsent(Delivery delivery) {
        deliveries.addIfAbsent(delivery);
    }

    @Override
    public Optional<Claimed> claim(Instant now, Instant leaseUntil) {
        return deliveries.claim(now, leaseUntil);
    }

    @Override
    public Optional<Delivery> byId(String id) {
        return deliveries.byId(id);
    }

    @Override
    public Page forWebhook(String webhookId, int limit, String after) {
        return deliveries.forWebhook(webhookId, limit, after);
    }

    @Override
    public long countForWebhook(String webhookId) {
        return deliveries.countForWebhook(webhookId);
    }

    @Override
    public boolean replay(String id, Instant now) {
        return deliveries.replay(id, now);
    }
}
