package dev.switchboard.domain.model;

/**
 * The settings a pool's strategy takes beyond its members' weights and caps. Each kind suits certain
 * strategies, so a pool cannot carry settings its strategy would ignore.
 */
public sealed interface StrategyOptions permits StrategyOptions.None, EqualDistribution, PerformanceWeighting {

    /** The settings of a strategy that has none. */
    None NONE = new None();

    boolean suits(Strategy strategy);

    /** The settings a pool of that strategy has when none are given. */
    static StrategyOptions defaultsFor(Strategy strategy) {
        if (strategy == Strategy.EQUAL_DISTRIBUTION) {
            return EqualDistribution.DEFAULT;
        }
        return strategy == Strategy.PERFORMANCE_WEIGHTED ? PerformanceWeighting.DEFAULT : NONE;
    }

    /** Round robin and weighted round robin have nothing to set. */
    record None() implements StrategyOptions {

        @Override
        public boolean suits(Strategy strategy) {
            return strategy == Strategy.ROUND_ROBIN || strategy == Strategy.WEIGHTED_ROUND_ROBIN;
        }
    }
}
