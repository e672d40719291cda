package dev.switchboard.access.audit;

import java.time.Instant;

/**
 * One admin change: who made it, when, by which operation, to what, and the target as read just before and just
 * after (JSON, secrets masked; null when the target did not exist then, or has no reader).
 *
 * @param targetType e.g. {@code pool}, {@code webhook}, {@code qualification}
 */
public record AuditEntry(
        String id,
        String actor,
        Instant at,
        String operation,
        String targetType,
        String target,
        String before,
        String after) {}
