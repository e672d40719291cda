package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;

/**
 * Makes a pool availability-first with a meeting type: from its next decision on, a member with no free slot of
 * that type within the type's booking horizon (or whose calendar cannot be read, when the pool's slot policy
 * excludes such members) is passed over. A null meeting type turns it off. Whatever the pool's strategy, the
 * rest of its definition is left as it is. Rejections: {@code REQUIRED} on {@code poolId}, {@code NOT_FOUND} on
 * {@code poolId} or {@code meetingTypeId}; nothing is stored then.
 */
public final class SetPoolAvailabilityFirst {

    private final Pools pools;
    private final MeetingTypes meetingTypes;

    public SetPoolAvailabilityFirst(Pools pools, MeetingTypes meetingTypes) {
        this.pools = pools;
        this.meetingTypes = meetingTypes;
    }

    public Pool set(PoolId poolId, MeetingTypeId meetingType) {
        if (poolId == null) {
            throw InputRejected.required("poolId");
        }
        Pool pool = pools.byId(poolId).orElseThrow(() -> InputRejected.notFound("poolId", "pool", poolId.value()));
        if (meetingType != null && meetingTypes.byId(meetingType).isEmpty()) {
            throw InputRejected.notFound("meetingTypeId", "meeting type", meetingType.value());
        }
        if (!pools.setAvailabilityFirst(poolId, meetingType)) {
            throw InputRejected.notFound("poolId", "pool", poolId.value());
        }
        return pool.withAvailabilityFirst(meetingType);
    }
}
