package dev.switchboard.domain.model;

/**
 * A rep's seat in a pool.
 *
 * @param weight relative share of the pool's leads (1 to {@link #MAX_WEIGHT}); plain round robin ignores it
 */
public record PoolMember(RepId repId, int weight) {

    public static final int MAX_WEIGHT = 100;

    public PoolMember {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "weight", "weight must be between 1 and " + MAX_WEIGHT);
        }
    }
}
