package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;

/**
 * Changes a pool's definition, checked like a new pool's: {@code NOT_FOUND} on {@code poolId}
 * for an unknown pool, on the member or overflow field that names an unknown rep or pool. Nothing is
 * stored unless all of it holds; what the changes leave out stays as it is ({@link PoolChanges}). Changes made
 * from a version the pool has moved past are {@code STALE} on {@code expectedVersion}; of two made from one
 * version, one lands and the other is stale.
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

    public Pool update(PoolChanges changes) {
        Pool existing = pools.byId(changes.poolId())
                .orElseThrow(() -> InputRejected.notFound(
                        "poolId", "pool", changes.poolId().value()));
        // The accept deadline and availability-first are set on their own (setPoolSla, setPoolAvailabilityFirst),
        // so an update of the definition keeps them.
        Pool pool = changes.applyTo(existing);
        PoolReferences.check(pool, pools, reps);
        if (!pools.replace(pool, changes.expectedVersion())) {
            if (changes.expectedVersion() != null
                    && pools.byId(changes.poolId()).isPresent()) {
                throw InputRejected.stale("pool", changes.expectedVersion());
            }
            throw InputRejected.notFound("poolId", "pool", changes.poolId().value());
        }
        return pool;
    }

    /** Replaces the whole definition: what the command leaves out returns to its default. */
    public Pool update(UpdatePoolCommand command) {
        return update(new PoolChanges(
                command.poolId(),
                Change.to(command.name()),
                Change.to(command.strategy()),
                Change.to(command.members()),
                Change.to(command.timeZone()),
                Change.to(command.overflow()),
                Change.to(command.options()),
                Change.to(command.maxLead()),
                command.onlyDuringWorkingHours() == null ? Change.keep() : Change.to(command.onlyDuringWorkingHours()),
                null));
    }
}
