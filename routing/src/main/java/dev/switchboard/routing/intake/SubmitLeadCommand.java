package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Text;

/**
 * A lead as submitted from a form, to be routed to a pool.
 *
 * @param idempotencyKey optional; the same key returns the first submission's result
 */
public record SubmitLeadCommand(PoolId poolId, LeadDetails details, String idempotencyKey) {

    public SubmitLeadCommand {
        if (poolId == null) {
            throw InputRejected.required("poolId");
        }
        if (details == null) {
            throw InputRejected.required("details");
        }
        idempotencyKey = Text.optional("idempotencyKey", idempotencyKey, Lead.MAX_IDEMPOTENCY_KEY);
    }
}
