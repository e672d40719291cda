package dev.switchboard.domain.port;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;

import java.util.Collection;
import java.util.Map;

/**
 * How many leads each pool member took in the current day and week, the windows named by keys the
 * caller computes in the pool's time zone (e.g. {@code 2026-11-23} and {@code 2026-W48}).
 */
public interface Tallies {

    /** A member's counts in the named windows (zero for a window that has not begun for it). */
    record Tally(long today, long thisWeek) {
        public static final Tally NONE = new Tally(0, 0);
    }

    /** The counts of {@code reps} in the named windows, in one read; a rep with no count is absent. */
    Map<RepId, Tally> of(PoolId pool, Collection<RepId> reps, String day, String week);

    /**
     * Counts one lead for the member when that keeps it within both caps (a null cap is no limit),
     * as one atomic step: concurrent callers on any instance never push a member past a cap.
     *
     * @return whether the lead was counted; false when the member is at a cap
     */
    boolean tryCount(PoolId pool, RepId rep, String day, String week, Integer dailyCap, Integer weeklyCap);
}
