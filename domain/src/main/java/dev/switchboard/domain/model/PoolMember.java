package dev.switchboard.domain.model;

/**
 * A rep's seat in a pool.
 *
 * @param weight     relative share of the pool's leads (1 to {@link #MAX_WEIGHT}); plain round robin ignores it
 * @param dailyCap   the most leads the member takes from this pool in a day (in the pool's time zone), or null
 * @param weeklyCap  the most leads the member takes from this pool in a week (Monday to Sunday), or null
 * @param filter     the leads this member takes, or null for every lead; a lead it fails passes the member over for
 *                   that lead only, and the pool's turns, shares and caps still count the member as one of the pool
 */
public record PoolMember(RepId repId, int weight, Integer dailyCap, Integer weeklyCap, MemberFilter filter) {

    public static final int MAX_WEIGHT = 100;
    public static final int MAX_CAP = 100_000;

    public PoolMember {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "weight", "weight must be between 1 and " + MAX_WEIGHT);
        }
        checkCap("dailyCap", dailyCap);
        checkCap("weeklyCap", weeklyCap);
    }

    /** A member with no caps. */
    public PoolMember(RepId repId, int weight) {
        this(repId, weight, null, null);
    }

    /** A member that takes every lead. */
    public PoolMember(RepId repId, int weight, Integer dailyCap, Integer weeklyCap) {
        this(repId, weight, dailyCap, weeklyCap, null);
    }

    private static void checkCap(String field, Integer cap) {
        if (cap != null && (cap < 1 || cap > MAX_CAP)) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, field, field + " must be between 1 and " + MAX_CAP);
        }
    }

    public boolean capped() {
        return dailyCap != null || weeklyCap != null;
    }
}
