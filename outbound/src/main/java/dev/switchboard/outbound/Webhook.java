package dev.switchboard.outbound;

import java.time.Instant;
import java.util.List;

/**
 * An admin's endpoint receiving the events of {@code eventTypes}, each delivery signed with {@code secret}.
 * The secret is shown once, when the webhook is created, and never again.
 */
public record Webhook(String id, String url, List<String> eventTypes, String secret, Instant createdAt) {

    public Webhook {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
