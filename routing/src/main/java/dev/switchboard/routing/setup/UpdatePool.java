package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;

/**
 * Replaces a pool's whole definition, checked like a new pool's: {@code NOT_FOUND} on {@code poolId}
 * for an unknown pool, on the member or overflow field that names an unknown rep or pool. Nothing is
 * stored unless all of it holds.
 * <p>
 * The pool's accept deadline, availability-first setting, rotation, cap counts and equal-distribution standing are kept: members staying in the
 * pool keep their counts, a member added rejoins as the pool's strategy says.
 */
public final class UpdatePool {

    private final Pools pools;
    private final Reps reps;

    public UpdatePool(Pools pools, Reps reps) {
        this.pools = pools;
        this.reps = reps;
    }

    public Pool update(UpdatePoolCommand command) {
        Pool existing = pools.byId(command.poolId())
                .orElseThrow(() -> InputRejected.notFound(
                        "poolId", "pool", command.poolId().value()));
        // The accept deadline and availability-first are set on their own (setPoolSla, setPoolAvailabilityFirst),
        // so an update of the definition keeps them.
        Pool pool = command.pool()
                .withAcceptSla(existing.acceptSla())
                .withAvailabilityFirst(existing.availabilityFirst())
                .withOnlyDuringWorkingHours(
                        command.onlyDuringWorkingHours() == null
                                ? existing.onlyDuringWorkingHours()
                                : command.onlyDuringWorkingHours());
        PoolReferences.check(pool, pools, reps);
        if (!pools.replace(pool)) {
            throw InputRejected.notFound("poolId", "pool", command.poolId().value());
        }
        return pool;
    }
}
