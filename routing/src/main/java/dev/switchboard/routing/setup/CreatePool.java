package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;

import java.util.List;
import java.util.Map;

/** Creates a pool whose members are existing reps. Rejects a member or overflow that names an unknown rep or pool. */
public final class CreatePool {

    private final Pools pools;
    private final Reps reps;

    public CreatePool(Pools pools, Reps reps) {
        this.pools = pools;
        this.reps = reps;
    }

    public Pool create(CreatePoolCommand command) {
        Pool pool = new Pool(PoolId.random(), command.name(), command.strategy(), command.members(), command.timeZone(),
                command.overflow());
        List<RepId> wanted = pool.repIds();
        Map<RepId, ?> known = reps.byIds(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            if (!known.containsKey(wanted.get(i))) {
                throw InputRejected.notFound("members[" + i + "].repId", "rep", wanted.get(i).value());
            }
        }
        Overflow overflow = pool.overflow();
        if (overflow != null && overflow.poolId() != null && pools.byId(overflow.poolId()).isEmpty()) {
            throw InputRejected.notFound("overflowPoolId", "pool", overflow.poolId().value());
        }
        if (overflow != null && overflow.repId() != null && reps.byId(overflow.repId()).isEmpty()) {
            throw InputRejected.notFound("overflowRepId", "rep", overflow.repId().value());
        }
        pools.add(pool);
        return pool;
    }
}
