package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.util.List;
import java.util.Map;

/** Checks that a pool's members and overflow name reps and a pool that exist, naming the input field of each that does not. */
final class PoolReferences {

    private PoolReferences() {}

    static void check(Pool pool, Pools pools, Reps reps) {
        List<InputRejected> faults = new java.util.ArrayList<>();
        List<RepId> wanted = pool.repIds();
        Map<RepId, ?> known = reps.byIds(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            if (!known.containsKey(wanted.get(i))) {
                faults.add(InputRejected.notFound(
                        "members[" + i + "].repId", "rep", wanted.get(i).value()));
            }
        }
        Overflow overflow = pool.overflow();
        if (overflow != null
                && overflow.poolId() != null
                && pools.byId(overflow.poolId()).isEmpty()) {
            faults.add(InputRejected.notFound(
                    "overflowPoolId", "pool", overflow.poolId().value()));
        }
        if (overflow != null
                && overflow.repId() != null
                && reps.byId(overflow.repId()).isEmpty()) {
            faults.add(InputRejected.notFound(
                    "overflowRepId", "rep", overflow.repId().value()));
        }
        InputsRejected.raise(faults);
    }
}
