package dev.switchboard.outbound;

import dev.switchboard.domain.retry.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends due deliveries: claims one (a lease, so no other instance sends it meanwhile, and a crashed instance's
 * claim is retaken once the lease ends), posts it signed, and logs the attempt. A 2xx answer delivers it; anything
 * else is retried as the {@link Backoff} says (a wait growing from {@code switchboard.webhooks.backoff} up to
 * {@code max-backoff}, spread at random), and after its last attempt the delivery is FAILED until an admin replays it.
 */
public final class DeliverWebhooks {

    /**
     * Settings; see docs/events.md.
     *
     * @param retries when a failed delivery is tried again, and how many times in all
     * @param timeout the longest wait for a receiver's answer
     * @param lease   how long a claimed delivery belongs to this instance
     */
    public record Settings(Backoff retries, Duration timeout, Duration lease) {}

    static final int BATCH = 50;
    private static final int MAX_ERROR = 500;

    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final WebhookEndpoints endpoints;
    private final Settings settings;
    private final Clock clock;

    public DeliverWebhooks(
            Deliveries deliveries, Webhooks webhooks, WebhookEndpoints endpoints, Settings settings, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.settings = settings;
        this.clock = clock;
        this.endpoints = endpoints;
    }

    /** @return how many attempts this run made */
    public int run() {
        int made = 0;
        while (made < BATCH) {
            Instant now = clock.instant();
            Optional<Deliveries.Claimed> claimed = deliveries.claim(now, now.plus(settings.lease()));
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get());
            made++;
        }
        return made;
    }

    private void attempt(Deliveries.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        int number = delivery.log().size() + 1;
        Optional<Webhook> webhook = webhooks.byId(delivery.webhookId());
        Instant start = clock.instant();
        if (webhook.isEmpty()) {
            deliveries.attempted(
                    claimed,
                    new Delivery.Attempt(number, start, null, 0, "the webhook was deleted"),
                    Delivery.Status.FAILED,
                    null);
            return;
        }
        long started = System.nanoTime();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Switchboard-Webhooks");
        headers.put(WebhookSignature.ID, delivery.eventId());
        headers.put(WebhookSignature.TIMESTAMP, Long.toString(start.getEpochSecond()));
        headers.put(
                WebhookSignature.SIGNATURE,
                WebhookSignature.sign(
                        webhook.get().secret(), delivery.eventId(), start.getEpochSecond(), delivery.body()));
        headers.put("Switchboard-Event-Type", delivery.eventType());
        headers.put("Switchboard-Delivery", delivery.id());
        WebhookEndpoints.Answer answer =
                endpoints.post(webhook.get().url(), headers, delivery.body(), settings.timeout());
        Integer status = answer.statusCode();
        String error = answer.error();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (error == null && (status < 200 || status > 299)) {
            error = "answered HTTP " + status;
        }
        if (error != null && error.length() > MAX_ERROR) {
            error = error.substring(0, MAX_ERROR);
        }
        var attempt = new Delivery.Attempt(number, start, status, millis, error);
        int attempts = delivery.attempts() + 1;
        if (error == null) {
            deliveries.attempted(claimed, attempt, Delivery.Status.DELIVERED, null);
            return;
        }
        Optional<Instant> next = settings.retries().next(attempts, clock.instant());
        deliveries.attempted(
                claimed,
                attempt,
                next.isPresent() ? Delivery.Status.PENDING : Delivery.Status.FAILED,
                next.orElse(null));
    }
}
