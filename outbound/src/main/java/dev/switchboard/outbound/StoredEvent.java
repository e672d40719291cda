package dev.switchboard.outbound;

import java.time.Instant;

/**
 * An event as the outbox keeps it.
 *
 * @param body       the JSON sent to webhooks: {@code {"id", "type", "version", "occurredAt", "data": {...}}}
 * @param recordedAt when the instance that recorded it stored it, by that instance's clock
 */
public record StoredEvent(String id, String type, String leadId, Instant occurredAt, Instant recordedAt, String body) {}
