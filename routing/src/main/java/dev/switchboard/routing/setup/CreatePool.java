package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;

/** Creates a pool whose members are existing reps. Rejects a member or overflow that names an unknown rep or pool. */
public final class CreatePool {

    private final Pools pools;
    private final Reps reps;

    public CreatePool(Pools pools, Reps reps) {
        this.pools = pools;
        this.reps = reps;
    }

    public Pool create(CreatePoolCommand command) {
        Pool pool = new Pool(
                        PoolId.random(),
                        command.name(),
                        command.strategy(),
                        command.members(),
                        command.timeZone(),
                        command.overflow(),
                        command.options(),
                        command.maxLead())
                .withOnlyDuringWorkingHours(command.onlyDuringWorkingHours());
        PoolReferences.check(pool, pools, reps);
        pools.add(pool);
        return pool;
    }
}
