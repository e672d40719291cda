package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The order in which a pool's members take turns: turn {@code t} belongs to the member at
 * {@link #positionAt(long)}, and the order repeats every {@link #cycle()} turns.
 */
public interface Rotation {

    int cycle();

    /** The position, in the pool's member list, of the member whose turn {@code turn} is. */
    int positionAt(long turn);

    /** The rotation the pool's strategy calls for. */
    static Rotation of(Pool pool) {
        if (pool.strategy() == Strategy.WEIGHTED_ROUND_ROBIN) {
            return Weighted.of(pool);
        }
        int size = pool.members().size();
        return new Rotation() {
            @Override
            public int cycle() {
                return size;
            }

            @Override
            public int positionAt(long turn) {
                return (int) Math.floorMod(turn, (long) size);
            }
        };
    }

    /** The smooth weighted rotation over bare weights (each positive), built once per list of weights. */
    static Rotation weighted(List<Integer> weights) {
        return Weighted.cached(
                Weighted.BY_WEIGHTS,
                weights,
                () -> new WeightedRoundRobin(
                        weights.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Weighted orders cost O(sum of weights x members) to build, so each member list's is built once. */
    final class Weighted {
        private static final int MAX_CACHED = 1_000;
        private static final Map<List<PoolMember>, WeightedRoundRobin> BY_MEMBERS = new ConcurrentHashMap<>();
        private static final Map<List<Integer>, WeightedRoundRobin> BY_WEIGHTS = new ConcurrentHashMap<>();
        /**
         * The order each pool used last, with the member list it was for: a pool read again with the very
         * same list (a cached pool) is answered without hashing its members, one with an equal list after one
         * comparison.
         */
        private static final Map<PoolId, LastUsed> BY_POOL = new ConcurrentHashMap<>();

        private record LastUsed(List<PoolMember> members, WeightedRoundRobin rotation) {}

        private Weighted() {}

        private static WeightedRoundRobin of(Pool pool) {
            LastUsed last = BY_POOL.get(pool.id());
            if (last != null
                    && (last.members() == pool.members() || last.members().equals(pool.members()))) {
                return last.rotation();
            }
            WeightedRoundRobin rotation =
                    cached(BY_MEMBERS, pool.members(), () -> new WeightedRoundRobin(pool.members()));
            if (BY_POOL.size() >= MAX_CACHED) {
                BY_POOL.clear();
            }
            BY_POOL.put(pool.id(), new LastUsed(pool.members(), rotation));
            return rotation;
        }

        private static <K> WeightedRoundRobin cached(
                Map<K, WeightedRoundRobin> cache, K key, Supplier<WeightedRoundRobin> build) {
            WeightedRoundRobin found = cache.get(key);
            if (found != null) {
                return found;
            }
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            return cache.computeIfAbsent(key, k -> build.get());
        }
    }
}
