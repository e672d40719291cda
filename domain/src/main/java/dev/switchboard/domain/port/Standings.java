package dev.switchboard.domain.port;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.util.Map;

/**
 * Where each member of an equal-distribution pool stands in a window: the leads it took, the credit it
 * was given on rejoining, and whether it was away at the last decision. One standing per pool and
 * window (named by a key the caller computes in the pool's time zone, e.g. {@code 2026-W48}); a new
 * window starts empty.
 * <p>
 * Decisions change a standing by optimistic compare-and-set: read it, decide, then {@link #replace}
 * it only if nobody changed it since (its {@code version} is unchanged). A caller that loses the race
 * reads again and decides again, so concurrent decisions on any number of instances behave as if made
 * one after another.
 */
public interface Standings {

    /**
     * @param count  leads the member took from the pool in the window
     * @param credit leads credited to the member when it rejoined under fair start
     * @param away   the member could not take leads (inactive, out of office) at the last decision
     */
    record Entry(long count, long credit, boolean away) {
        public static final Entry NONE = new Entry(0, 0, false);

        /** The member's share so far: its leads and its credit. */
        public long load() {
            return count + credit;
        }
    }

    /**
     * @param version 0 before the window's first decision, then raised by one at each replacement
     * @param entries each member's entry; members the window has not seen are absent
     */
    record Standing(long version, Map<RepId, Entry> entries) {
        public static final Standing EMPTY = new Standing(0, Map.of());

        public Standing {
            entries = Map.copyOf(entries);
        }
    }

    /** The pool's standing in the window, in one read; {@link Standing#EMPTY} before the window's first decision. */
    Standing of(PoolId pool, String window);

    /**
     * Replaces the pool's standing in the window with {@code entries} if its version is still
     * {@code expectedVersion}, as one atomic step; the stored standing then has version
     * {@code expectedVersion + 1}.
     *
     * @return false, changing nothing, when another decision replaced it first
     */
    boolean replace(PoolId pool, String window, long expectedVersion, Map<RepId, Entry> entries);
}
