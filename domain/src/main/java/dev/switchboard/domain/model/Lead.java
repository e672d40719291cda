package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A prospect who converted on a form. The record of what was submitted never changes after it is
 * stored; what happened to it since (assignments) is kept beside it.
 *
 * @param idempotencyKey the caller's key for this submission, or {@code null}; a retry with the same
 *                       key is answered with this lead instead of a second one
 */
public record Lead(LeadId id, LeadDetails details, PoolId poolId, Instant submittedAt, String idempotencyKey) {

    public static final int MAX_IDEMPOTENCY_KEY = 128;

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        idempotencyKey = Text.optional("idempotencyKey", idempotencyKey, MAX_IDEMPOTENCY_KEY);
    }

    /** Where this lead stands in the newest-first order that lists of leads use. */
    public LeadPosition position() {
        return new LeadPosition(submittedAt, id);
    }
}
