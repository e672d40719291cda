package dev.switchboard.routing.replay;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Rotations, cap counts and equal-distribution standings that live only for one replay: the replayed decisions start every pool's
 * rotation afresh and never touch the live ones. One replay runs on one thread.
 */
final class ReplayState implements Rotations, Tallies, Standings {

    private final Map<PoolId, Long> turns = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Standing> standings = new HashMap<>();

    @Override
    public long nextTurn(PoolId pool) {
        return turns.merge(pool, 1L, Long::sum) - 1;
    }

    @Override
    public long turnsTaken(PoolId pool) {
        return turns.getOrDefault(pool, 0L);
    }

    @Override
    public Map<RepId, Tally> of(PoolId pool, Collection<RepId> reps, String day, String week) {
        Map<RepId, Tally> found = new HashMap<>();
        for (RepId rep : reps) {
            long today = counts.getOrDefault(key(pool, rep, day), 0L);
            long thisWeek = counts.getOrDefault(key(pool, rep, week), 0L);
            if (today > 0 || thisWeek > 0) {
                found.put(rep, new Tally(today, thisWeek));
            }
        }
        return found;
    }

    @Override
    public Counted tryCount(PoolId pool, RepId rep, String day, String week, Integer dailyCap, Integer weeklyCap) {
        String today = key(pool, rep, day);
        String thisWeek = key(pool, rep, week);
        Counted refused = Counted.against(
                new Tally(counts.getOrDefault(today, 0L), counts.getOrDefault(thisWeek, 0L)), dailyCap, weeklyCap);
        if (!refused.counted()) {
            return refused;
        }
        counts.merge(today, 1L, Long::sum);
        counts.merge(thisWeek, 1L, Long::sum);
        return Counted.COUNTED;
    }

    @Override
    public Standing of(PoolId pool, String window) {
        return standings.getOrDefault(pool.value() + "|" + window, Standing.EMPTY);
    }

    @Override
    public boolean replace(PoolId pool, String window, long expectedVersion, Map<RepId, Entry> entries) {
        if (of(pool, window).version() != expectedVersion) {
            return false;
        }
        standings.put(pool.value() + "|" + window, new Standing(expectedVersion + 1, entries));
        return true;
    }

    private static String key(PoolId pool, RepId rep, String window) {
        return pool.value() + "|" + rep.value() + "|" + window;
    }
}
