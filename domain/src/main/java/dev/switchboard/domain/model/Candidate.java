package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * One pool member as a routing decision saw it.
 *
 * @param today     leads the member took from the pool today before this one (in the pool's zone)
 * @param thisWeek  leads the member took from the pool this week before this one
 * @param skipped   why the member was passed over, or {@code null} when it was chosen
 * @param dailyCap  the member's daily cap, or null
 * @param weeklyCap the member's weekly cap, or null
 * @param window    the window the strategy counts the member's share in (e.g. {@code 2026-W48}) when it
 *                  is equal distribution, else null
 * @param inWindow  leads the member took from the pool in that window before this one (0 without one)
 * @param credit    leads credited to the member in that window when it rejoined under fair start; its
 *                  share counts {@code inWindow + credit}
 * @param multiplier what the member's weight was multiplied by for its recent conversions (1 unless the
 *                   pool is performance weighted)
 */
public record Candidate(RepId repId, int weight, long today, long thisWeek, boolean chosen, SkipReason skipped,
                        Integer dailyCap, Integer weeklyCap, String window, long inWindow, long credit, double multiplier) {

    public Candidate {
        Objects.requireNonNull(repId, "repId");
        if (chosen && skipped != null) {
            throw new IllegalArgumentException("a chosen candidate was not skipped");
        }
    }

    /** A candidate of a pool with no caps that counts no window. */
    public Candidate(RepId repId, int weight, long today, long thisWeek, boolean chosen, SkipReason skipped) {
        this(repId, weight, today, thisWeek, chosen, skipped, null, null, null, 0, 0, 1);
    }

    /** A candidate whose weight is its own (multiplier 1). */
    public Candidate(RepId repId, int weight, long today, long thisWeek, boolean chosen, SkipReason skipped,
                     Integer dailyCap, Integer weeklyCap, String window, long inWindow, long credit) {
        this(repId, weight, today, thisWeek, chosen, skipped, dailyCap, weeklyCap, window, inWindow, credit, 1);
    }

    /** The weight the decision used: the member's weight times its multiplier. */
    public double effectiveWeight() {
        return weight * multiplier;
    }

    /** Why a pool member could not take a lead. */
    public enum SkipReason {
        /** The rep is deactivated. */
        INACTIVE,
        /** The rep is out of office. */
        OUT_OF_OFFICE,
        /** The rep no longer exists. */
        UNKNOWN_REP,
        /** The member took its daily cap of leads from the pool. */
        DAILY_CAP,
        /** The member took its weekly cap of leads from the pool. */
        WEEKLY_CAP,
        /** The member is more leads ahead of the least-loaded available member than the pool's {@code maxLead}. */
        AHEAD_OF_OTHERS,
        /** The pool is availability-first and the rep has no free slot of its meeting type within the booking horizon. */
        NO_FREE_SLOT,
        /** The pool is availability-first, the rep's calendar could not be read, and the pool excludes such reps. */
        CALENDAR_UNKNOWN
    }
}
