package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Pools;
import java.time.Instant;

/** Who may take a lead from a claim queue: an active member of the queue's pool who is not away. */
final class QueueSeat {

    private QueueSeat() {}

    static void check(Pools pools, PoolId queue, Rep rep, Instant now) {
        Pool pool = pools.byId(queue)
                .orElseThrow(() -> new InputRejected(
                        ErrorCode.NOT_CLAIMABLE,
                        "leadId",
                        "the lead's queue belongs to pool " + queue + ", which no longer exists"));
        if (!pool.hasMember(rep.id())) {
            throw new InputRejected(
                    ErrorCode.NOT_MEMBER, "repId", "rep " + rep.id() + " is not a member of pool " + pool.name());
        }
        if (!rep.availableAt(now)) {
            throw new InputRejected(
                    ErrorCode.UNAVAILABLE,
                    "repId",
                    "rep " + rep.name() + " is "
                            + (rep.active() ? "out of office until " + rep.awayUntil() : "inactive"));
        }
    }
}
