package dev.switchboard.domain.model;

/**
 * Where a pool's lead goes when every member is passed over (capped, away, inactive): another pool,
 * or one rep. A pool without one leaves such a lead unassigned for an admin.
 */
public record Overflow(PoolId poolId, RepId repId) {

    public Overflow {
        if ((poolId == null) == (repId == null)) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "overflow", "overflow goes to exactly one of a pool or a rep");
        }
    }
}
