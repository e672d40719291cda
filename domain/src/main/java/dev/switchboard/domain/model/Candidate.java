package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One pool member as a routing decision saw it.
 *
 * @param today     leads the member took from the pool today before this one (in the pool's zone)
 * @param thisWeek  leads the member took from the pool this week before this one
 * @param skip      why the member was passed over, with the values that made it so, or {@code null} when it was chosen
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
public record Candidate(
        RepId repId,
        int weight,
        long today,
        long thisWeek,
        boolean chosen,
        Skip skip,
        Integer dailyCap,
        Integer weeklyCap,
        String window,
        long inWindow,
        long credit,
        double multiplier) {

    public Candidate {
        Objects.requireNonNull(repId, "repId");
        if (chosen && skip != null) {
            throw new IllegalArgumentException("a chosen candidate was not skipped");
        }
    }

    /** A candidate passed over for a reason that carries no values. */
    public Candidate(
            RepId repId,
            int weight,
            long today,
            long thisWeek,
            boolean chosen,
            SkipReason skipped,
            Integer dailyCap,
            Integer weeklyCap,
            String window,
            long inWindow,
            long credit,
            double multiplier) {
        this(
                repId,
                weight,
                today,
                thisWeek,
                chosen,
                skipped == null ? null : Skip.of(skipped),
                dailyCap,
                weeklyCap,
                window,
                inWindow,
                credit,
                multiplier);
    }

    /** Why the member was passed over, or null when it was chosen. */
    public SkipReason skipped() {
        return skip == null ? null : skip.code();
    }

    /** A candidate of a pool with no caps that counts no window. */
    public Candidate(RepId repId, int weight, long today, long thisWeek, boolean chosen, SkipReason skipped) {
        this(repId, weight, today, thisWeek, chosen, skipped, null, null, null, 0, 0, 1);
    }

    /** A candidate whose weight is its own (multiplier 1). */
    public Candidate(
            RepId repId,
            int weight,
            long today,
            long thisWeek,
            boolean chosen,
            SkipReason skipped,
            Integer dailyCap,
            Integer weeklyCap,
            String window,
            long inWindow,
            long credit) {
        this(repId, weight, today, thisWeek, chosen, skipped, dailyCap, weeklyCap, window, inWindow, credit, 1);
    }

    /** The weight the decision used: the member's weight times its multiplier, to a tenth. */
    public double effectiveWeight() {
        return Math.round(weight * multiplier * 10) / 10.0;
    }

    /**
     * Why a member was passed over, with the values that made it so: for a cap, {@code cap} and {@code count} (and
     * {@code meanwhile} when a concurrent decision reached it after the counts were read); for an absence, {@code until}
     * when known; for the load threshold, {@code maxLead}, {@code load} and {@code leastLoad}. Numbers are {@code Long}.
     */
    public record Skip(SkipReason code, Map<String, Object> values) {

        public Skip {
            Objects.requireNonNull(code, "code");
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public static Skip of(SkipReason code) {
            return new Skip(code, Map.of());
        }

        /** At a cap on the counts read before the decision. */
        public static Skip cap(SkipReason code, long cap, long count) {
            return new Skip(code, Reason.Values.of("cap", cap, "count", count));
        }

        /** Found at a cap by the atomic count: a concurrent decision reached it after the counts were read. */
        public static Skip capReachedMeanwhile(SkipReason code, long cap) {
            return new Skip(code, Reason.Values.of("cap", cap, "count", cap, "meanwhile", true));
        }

        /** Away until {@code until}, when known. */
        public static Skip away(SkipReason code, Instant until) {
            return new Skip(code, Reason.Values.of("until", until == null ? null : until.toString()));
        }

        /**
         * The member's filter does not admit the lead: {@code field} (a lead field's name, with {@code attribute} for a
         * custom one), {@code operator} and {@code values} of the condition that failed, or {@code territories}.
         */
        public static Skip filteredOut(Map<String, Object> failed) {
            return new Skip(SkipReason.FILTERED_OUT, failed);
        }

        /** More than {@code maxLead} ahead of the least-loaded member that could take leads. */
        public static Skip ahead(long maxLead, long load, long leastLoad) {
            return new Skip(
                    SkipReason.AHEAD_OF_OTHERS,
                    Reason.Values.of("maxLead", maxLead, "load", load, "leastLoad", leastLoad));
        }
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
        CALENDAR_UNKNOWN,
        /** The rep has time off now. */
        TIME_OFF,
        /** Today is one of the rep's holidays, in the rep's zone. */
        HOLIDAY,
        /** The pool asks for working hours, and the rep's say it is off now. */
        OFF_HOURS,
        /** The member takes only leads its filter admits, and this lead fails it (the failed condition is named). */
        FILTERED_OUT
    }
}
