package dev.switchboard.scheduling.slots;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Which slots to find: one rep's or a pool's (exactly one of {@code rep} and {@code pool}), for a
 * meeting type, starting in [{@code from}, {@code to}) (at most {@link #MAX_RANGE_DAYS} days), shown
 * in the prospect's {@code timeZone}. The range is bounded because its slots are worked out and held at once.
 *
 * @throws InputRejected {@code RANGE_TOO_LONG} on {@code to} for more than {@link #MAX_RANGE_DAYS} days
 */
public record FindSlotsQuery(
        RepId rep, PoolId pool, MeetingTypeId meetingType, Instant from, Instant to, ZoneId timeZone) {

    public static final int MAX_RANGE_DAYS = 31;

    public FindSlotsQuery {
        if (rep == null && pool == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "repId", "give a repId or a poolId");
        }
        if (rep != null && pool != null) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "poolId", "give a repId or a poolId, not both");
        }
        if (meetingType == null) {
            throw InputRejected.required("meetingTypeId");
        }
        if (from == null) {
            throw InputRejected.required("from");
        }
        if (to == null) {
            throw InputRejected.required("to");
        }
        if (!to.isAfter(from)) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "to", "to must come after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_RANGE_DAYS)) > 0) {
            throw new InputRejected(
                    ErrorCode.RANGE_TOO_LONG,
                    "to",
                    "a range spans at most " + MAX_RANGE_DAYS + " days: ask for the next days in another request");
        }
        if (timeZone == null) {
            throw InputRejected.required("timeZone");
        }
    }
}
