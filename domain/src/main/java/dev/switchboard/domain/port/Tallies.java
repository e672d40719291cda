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

    /** What {@link #tryCount} did: counted the lead, or found the member at a cap. */
    enum Counted {
        COUNTED,
        AT_DAILY_CAP,
        AT_WEEKLY_CAP;

        public boolean counted() {
            return this == COUNTED;
        }

        /** Which cap refuses a member with these counts, or {@code COUNTED} when none does. */
        public static Counted against(Tally tally, Integer dailyCap, Integer weeklyCap) {
            if (dailyCap != null && tally.today() >= dailyCap) {
                return AT_DAILY_CAP;
            }
            if (weeklyCap != null && tally.thisWeek() >= weeklyCap) {
                return AT_WEEKLY_CAP;
            }
            return COUNTED;
        }
    }

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
     * @return whether the lead was counted, or which cap the member is at (the daily one when at both)
     */
    Counted tryCount(PoolId pool, RepId rep, String day, String week, Integer dailyCap, Integer weeklyCap);
}
