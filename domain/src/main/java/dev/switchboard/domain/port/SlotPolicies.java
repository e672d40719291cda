package dev.switchboard.domain.port;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;

/** Each pool's choices about the slots it offers. */
public interface SlotPolicies {

    /** What the pool's slots make of a member whose calendar could not be read; {@code EXCLUDE} unless set. */
    WhenAvailabilityUnknown whenUnknown(PoolId pool);

    void setWhenUnknown(PoolId pool, WhenAvailabilityUnknown policy);
}
