package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;

/**
 * Sets how long a pool's members have to accept a lead before it moves on, and where it escalates
 * (null removes the deadline). Applies to leads the pool assigns from now on. Rejections:
 * {@code NOT_FOUND} for the pool or an escalation target that does not exist.
 */
public final class SetPoolSla {

    private final Pools pools;
    private final Reps reps;

    public SetPoolSla(Pools pools, Reps reps) {
        this.pools = pools;
        this.reps = reps;
    }

    public Pool set(PoolId poolId, AcceptSla sla) {
        if (poolId == null) {
            throw InputRejected.required("poolId");
        }
        Pool pool = pools.byId(poolId).orElseThrow(() -> InputRejected.notFound("poolId", "pool", poolId.value()));
        if (sla != null
                && sla.escalateToPool() != null
                && pools.byId(sla.escalateToPool()).isEmpty()) {
            throw InputRejected.notFound(
                    "escalateToPoolId", "pool", sla.escalateToPool().value());
        }
        if (sla != null
                && sla.escalateToRep() != null
                && reps.byId(sla.escalateToRep()).isEmpty()) {
            throw InputRejected.notFound(
                    "escalateToRepId", "rep", sla.escalateToRep().value());
        }
        pools.setAcceptSla(poolId, sla);
        return pool.withAcceptSla(sla);
    }
}
