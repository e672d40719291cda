package dev.switchboard.domain.model;

/**
 * The settings of an {@link Strategy#EQUAL_DISTRIBUTION} pool.
 *
 * @param window  how long counts run before every member starts again from zero
 * @param rejoin  how a member that was away, or joined the pool during the window, rejoins
 */
public record EqualDistribution(Window window, Rejoin rejoin) implements StrategyOptions {

    /** A week counted, catching up. */
    public static final EqualDistribution DEFAULT = new EqualDistribution(Window.WEEK, Rejoin.CATCH_UP);

    public EqualDistribution {
        if (window == null) {
            window = DEFAULT.window;
        }
        if (rejoin == null) {
            rejoin = DEFAULT.rejoin;
        }
    }

    @Override
    public boolean suits(Strategy strategy) {
        return strategy == Strategy.EQUAL_DISTRIBUTION;
    }

    /** The period members' counts are compared over, in the pool's time zone. */
    public enum Window {
        /** From local midnight to the next. */
        DAY,
        /** An ISO week, Monday to Sunday. */
        WEEK,
        /** A calendar month. */
        MONTH
    }

    /** What a member that was away (inactive or out of office) or newly added gets when it can take leads again. */
    public enum Rejoin {
        /** It takes leads until it is level with the others: no lead it missed is lost to its share. */
        CATCH_UP,
        /**
         * It is credited, once, with as many leads as bring it level with the least-served member present,
         * and then takes its normal turn: it is not flooded. The credit is kept and shown.
         */
        FAIR_START
    }
}
