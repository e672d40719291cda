package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * One pool member as a routing decision saw it.
 *
 * @param skipped why the member was passed over, or {@code null} when it was chosen or not reached
 */
public record Candidate(RepId repId, int weight, boolean chosen, SkipReason skipped) {

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
        UNKNOWN_REP
    }
}
