package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;

/**
 * Plain round robin: turn {@code n} goes to member {@code n mod size}, so members take turns in the
 * order the pool lists them. The turn comes from the shared rotation, which is what keeps concurrent
 * leads from doubling up or skipping.
 */
public final class RoundRobin {

    private RoundRobin() {
    }

    public static PoolMember memberFor(Pool pool, long turn) {
        if (turn < 0) {
            throw new IllegalArgumentException("turn must not be negative: " + turn);
        }
        return pool.members().get(Math.toIntExact(turn % pool.members().size()));
    }
}
