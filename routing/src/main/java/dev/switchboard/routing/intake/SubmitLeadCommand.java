package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormAnswers;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.PoolId;

/**
 * A lead as submitted: through a form (whose live router routes it) or straight to a pool.
 *
 * @param details        the lead's flat fields; null when {@code answers} carry them
 * @param idempotencyKey optional, the caller's own: the same key with the same lead returns the first
 *                       submission's result; with another lead, {@code IDEMPOTENCY_CONFLICT}
 * @param answers        the answers to the form's fields with the flat fields sent beside them, checked against the
 *                       form's current version; null for a submission of flat fields only
 */
public record SubmitLeadCommand(
        FormId formId, PoolId poolId, LeadDetails details, IdempotencyKey idempotencyKey, FormAnswers answers) {

    public SubmitLeadCommand {
        if ((formId == null) == (poolId == null)) {
            throw new InputRejected(
                    formId == null ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "formId",
                    "name either the form the lead came through (formId) or a pool (poolId)");
        }
        if (details == null && answers == null) {
            throw InputRejected.required("details");
        }
    }

    /** A submission of flat fields only. */
    public SubmitLeadCommand(FormId formId, PoolId poolId, LeadDetails details, IdempotencyKey idempotencyKey) {
        this(formId, poolId, details, idempotencyKey, null);
    }

    public static SubmitLeadCommand toPool(PoolId poolId, LeadDetails details, IdempotencyKey idempotencyKey) {
        return new SubmitLeadCommand(null, poolId, details, idempotencyKey);
    }

    public static SubmitLeadCommand throughForm(FormId formId, LeadDetails details, IdempotencyKey idempotencyKey) {
        return new SubmitLeadCommand(formId, null, details, idempotencyKey);
    }

    /** The key claimed for this submission, whose details as sent are {@code submitted}; null without a key. */
    Idempotency idempotency(LeadDetails submitted) {
        return idempotencyKey == null
                ? null
                : idempotencyKey.claim(Lead.SUBMIT, Lead.request(formId, poolId, submitted));
    }
}
