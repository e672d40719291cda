package dev.switchboard.domain.model;

/** How a pool picks the next rep. */
public enum Strategy {
    /** Members take turns in their listed order, one lead each; weights are ignored. */
    ROUND_ROBIN,
    /** Members take turns in proportion to their weights, interleaved smoothly. */
    WEIGHTED_ROUND_ROBIN,
    /**
     * The available member furthest below its weighted share of the pool's leads in a window (day,
     * week or month) goes next; see {@link EqualDistribution} for how absent members rejoin.
     */
    EQUAL_DISTRIBUTION,
    /**
     * Smooth weighted round robin over weights multiplied by each member's recent conversion rate
     * relative to the pool's; see {@link PerformanceWeighting}.
     */
    PERFORMANCE_WEIGHTED
}
