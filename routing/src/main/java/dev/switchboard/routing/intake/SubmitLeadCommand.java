package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Text;

/**
 * A lead as submitted: through a form (whose live router routes it) or straight to a pool.
 *
 * @param idempotencyKey optional; the same key returns the first submission's result
 */
public record SubmitLeadCommand(FormId formId, PoolId poolId, LeadDetails details, String idempotencyKey) {

    public SubmitLeadCommand {
        if ((formId == null) == (poolId == null)) {
            throw new InputRejected(formId == null ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT, "formId",
                    "name either the form the lead came through (formId) or a pool (poolId)");
        }
        if (details == null) {
            throw InputRejected.required("details");
        }
        idempotencyKey = Text.optional("idempotencyKey", idempotencyKey, Lead.MAX_IDEMPOTENCY_KEY);
    }

    public static SubmitLeadCommand toPool(PoolId poolId, LeadDetails details, String idempotencyKey) {
        return new SubmitLeadCommand(null, poolId, details, idempotencyKey);
    }

    public static SubmitLeadCommand throughForm(FormId formId, LeadDetails details, String idempotencyKey) {
        return new SubmitLeadCommand(formId, null, details, idempotencyKey);
    }
}
