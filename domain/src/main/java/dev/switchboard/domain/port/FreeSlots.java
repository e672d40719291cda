package dev.switchboard.domain.port;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.util.Collection;
import java.util.Map;

/**
 * Whether reps can be booked soon: what an availability-first pool asks before a member may take a lead.
 */
public interface FreeSlots {

    /** What a rep's calendar offers for a meeting type within its booking horizon. */
    enum Opening {
        /** At least one free slot. */
        FREE,
        /** Not one free slot (working hours, time off, busy time, bookings and the daily meeting cap leave none). */
        NO_FREE_SLOT,
        /** The rep's calendar could not be read and the pool excludes such reps. */
        CALENDAR_UNKNOWN
    }

    /**
     * For each of {@code reps}, whether it has at least one free slot of the meeting type starting between now plus the
     * type's minimum notice and now plus its horizon, by the same rules as the slots a prospect is offered. A rep whose
     * calendar cannot be read is {@code CALENDAR_UNKNOWN} when the pool's policy for unknown members excludes them;
     * under {@code TRUST_WORKING_HOURS} it is judged on its working hours and bookings alone. Each rep's calendar is
     * read at most once per call, and the reps' availabilities and bookings in one batch each. The reps passed are
     * taken as they are (their status and zone are not read again); a meeting type that does not exist leaves
     * every rep {@code FREE}, so a pool never stops routing over a setting.
     *
     * @return an answer for every rep passed
     */
    Map<RepId, Opening> of(MeetingTypeId meetingType, PoolId pool, Collection<Rep> reps);
}
