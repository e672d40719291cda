package dev.switchboard.outbound;

import java.time.Instant;
import java.util.List;

/**
 * An admin's endpoint receiving the events of {@code eventTypes}, each delivery signed with {@code secret}.
 * The secret is shown once, when the webhook is created, and never again.
 *
 * @param version counts the changes made since it was created (0 for none), for {@link UpdateWebhook}'s
 *                {@code expectedVersion}
 */
public record Webhook(String id, String url, List<String> eventTypes, String secret, Instant createdAt, int version) {

    public Webhook {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
