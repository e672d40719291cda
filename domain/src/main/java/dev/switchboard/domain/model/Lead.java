package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A prospect who converted on a form. The record of what was submitted never changes after it is
 * stored; what happened to it since (assignments) is kept beside it.
 *
 * @param formId         the form the lead came through, whose router routes it; or null
 * @param poolId         the pool the lead was sent to directly, when no form was named; or null
 * @param idempotencyKey the caller's key for this submission, or {@code null}; a retry with the same
 *                       key is answered with this lead instead of a second one
 */
public record Lead(LeadId id, LeadDetails details, FormId formId, PoolId poolId, Instant submittedAt, String idempotencyKey) {

    public static final int MAX_IDEMPOTENCY_KEY = 128;

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        if ((formId == null) == (poolId == null)) {
            throw new IllegalArgumentException("a lead comes through a form or straight to a pool: " + formId + ", " + poolId);
        }
        Objects.requireNonNull(submittedAt, "submittedAt");
        idempotencyKey = Text.optional("idempotencyKey", idempotencyKey, MAX_IDEMPOTENCY_KEY);
    }

    /** Where this lead stands in the newest-first order that lists of leads use. */
    public LeadPosition position() {
        return new LeadPosition(submittedAt, id);
    }
}
