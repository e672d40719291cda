package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * One pool member as a routing decision saw it.
 *
 * @param today    leads the member took from the pool today before this one (in the pool's zone)
 * @param thisWeek leads the member took from the pool this week before this one
 * @param skipped  why the member was passed over, or {@code null} when it was chosen
 */
public record Candidate(RepId repId, int weight, long today, long thisWeek, boolean chosen, SkipReason skipped) {

    public Candidate {
        Objects.requireNonNull(repId, "repId");
        if (chosen && skipped != null) {
            throw new IllegalArgumentException("a chosen candidate was not skipped");
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
        WEEKLY_CAP
    }
}
