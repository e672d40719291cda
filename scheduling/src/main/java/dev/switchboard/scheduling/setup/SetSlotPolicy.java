package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.SlotPolicies;

/**
 * Sets what a pool's slots make of a member whose calendar cannot be read.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code poolId}; {@code REQUIRED} on {@code whenAvailabilityUnknown}
 */
public final class SetSlotPolicy {

    private final Pools pools;
    private final SlotPolicies policies;

    public SetSlotPolicy(Pools pools, SlotPolicies policies) {
        this.pools = pools;
        this.policies = policies;
    }

    public WhenAvailabilityUnknown set(PoolId pool, WhenAvailabilityUnknown policy) {
        if (pool == null) {
            throw InputRejected.required("poolId");
        }
        if (policy == null) {
            throw InputRejected.required("whenAvailabilityUnknown");
        }
        if (pools.byId(pool).isEmpty()) {
            throw InputRejected.notFound("poolId", "pool", pool.value());
        }
        policies.setWhenUnknown(pool, policy);
        return policy;
    }
}
