package dev.switchboard.outbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook deliveries, each claimed by one instance at a time through a lease. */
public interface Deliveries {

    /** A page of a webhook's deliveries, newest first. */
    record Page(List<Delivery> items, boolean hasMore) {}

    /** Stores a new PENDING delivery due now; one that exists already (same id) is left as it is. */
    void addIfAbsent(Delivery delivery);

    /**
     * Takes one due PENDING delivery whose lease is free (never taken, or expired: its taker died) and holds it
     * until {@code leaseUntil}, in one atomic step: of instances claiming at once, each gets a different one.
     *
     * @return the delivery and the token that proves this claim
     */
    Optional<Claimed> claim(Instant now, Instant leaseUntil);

    record Claimed(Delivery delivery, String token) {}

    /**
     * Logs an attempt made under a claim and sets what follows ({@code status}, {@code nextAttemptAt}), releasing
     * the lease; does nothing when the claim was lost (its lease expired and another instance took it).
     */
    boolean attempted(Claimed claimed, Delivery.Attempt attempt, Delivery.Status status, Instant nextAttemptAt);

    Optional<Delivery> byId(String id);

    /** Newest first, after the delivery {@code after} (from the newest when null). */
    Page forWebhook(String webhookId, int limit, String after);

    /** How many deliveries {@link #forWebhook} walks through for the webhook, counted by the store. */
    long countForWebhook(String webhookId);

    /** A FAILED delivery becomes PENDING, due {@code now}, with its attempt count reset; false when it was not FAILED. */
    boolean replay(String id, Instant now);
}
