package dev.switchboard.domain.model;

/**
 * The settings of a {@link Strategy#PERFORMANCE_WEIGHTED} pool: each member's weight is multiplied by
 * its conversion rate over the last {@code days} relative to the pool's, kept within bounds so the
 * best converter is not overloaded and the weakest still gets leads.
 *
 * @param days          how far back conversions count, 1 to 365
 * @param minMultiplier the least a weight is multiplied by, above 0 and at most 1
 * @param maxMultiplier the most a weight is multiplied by, 1 to 10
 * @param minLeads      a member with fewer leads from the pool in the period keeps its weight (multiplier 1)
 */
public record PerformanceWeighting(int days, double minMultiplier, double maxMultiplier, int minLeads)
        implements StrategyOptions {

    public static final PerformanceWeighting DEFAULT = new PerformanceWeighting(30, 0.5, 2.0, 10);
    public static final int MAX_DAYS = 365;
    public static final double MAX_MULTIPLIER = 10;

    public PerformanceWeighting {
        if (days < 1 || days > MAX_DAYS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "performance.days", "days must be between 1 and " + MAX_DAYS);
        }
        if (!(minMultiplier > 0 && minMultiplier <= 1)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "performance.minMultiplier", "minMultiplier must be above 0 and at most 1");
        }
        if (!(maxMultiplier >= 1 && maxMultiplier <= MAX_MULTIPLIER)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "performance.maxMultiplier",
                    "maxMultiplier must be between 1 and " + (int) MAX_MULTIPLIER);
        }
        if (minLeads < 0 || minLeads > PoolMember.MAX_CAP) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "performance.minLeads",
                    "minLeads must be between 0 and " + PoolMember.MAX_CAP);
        }
    }

    @Override
    public boolean suits(Strategy strategy) {
        return strategy == Strategy.PERFORMANCE_WEIGHTED;
    }

    /**
     * The multiplier of a member that took {@code assigned} leads of which {@code converted} converted,
     * in a pool whose members converted {@code poolConverted} of {@code poolAssigned}: its rate over the
     * pool's, within the bounds; 1 when the member has too few leads or the pool converted none.
     */
    public double multiplier(long assigned, long converted, long poolAssigned, long poolConverted) {
        if (assigned < minLeads || assigned == 0 || poolConverted == 0) {
            return 1;
        }
        double relative = ((double) converted / assigned) / ((double) poolConverted / poolAssigned);
        return Math.max(minMultiplier, Math.min(maxMultiplier, relative));
    }
}
