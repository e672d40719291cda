package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.StrategyOptions;
import java.time.ZoneId;
import java.util.List;

/**
 * What an admin changes in a pool's definition; every field left as {@link Change#keep()} stays as it is.
 * Set to null, a field returns to what a new pool gets: the strategy to round robin, the zone to UTC, the
 * strategy's settings to its defaults, the overflow and the load limit to none, working hours to not
 * counted. A name or members set to null are refused ({@code REQUIRED}).
 * <p>
 * A new strategy with its settings kept gets that strategy's defaults unless the settings kept suit it.
 *
 * @param expectedVersion the pool's version the changes were made from: they are refused ({@code STALE}) when the
 *                        pool has changed since; null to change whatever version it has
 */
public record PoolChanges(
        PoolId poolId,
        Change<String> name,
        Change<Strategy> strategy,
        Change<List<PoolMember>> members,
        Change<ZoneId> timeZone,
        Change<Overflow> overflow,
        Change<StrategyOptions> options,
        Change<Integer> maxLead,
        Change<Boolean> onlyDuringWorkingHours,
        Integer expectedVersion) {

    public PoolChanges {
        if (poolId == null) {
            throw InputRejected.required("poolId");
        }
        name = orKeep(name);
        strategy = orKeep(strategy);
        members = orKeep(members);
        timeZone = orKeep(timeZone);
        overflow = orKeep(overflow);
        options = orKeep(options);
        maxLead = orKeep(maxLead);
        onlyDuringWorkingHours = orKeep(onlyDuringWorkingHours);
    }

    /** The pool as these changes leave it, checked as a new pool is; its accept deadline and the rest are kept. */
    Pool applyTo(Pool existing) {
        Strategy newStrategy = strategy.applyTo(existing.strategy());
        if (newStrategy == null) {
            newStrategy = Strategy.ROUND_ROBIN;
        }
        StrategyOptions newOptions = options.isKept()
                ? (existing.options().suits(newStrategy) ? existing.options() : null)
                : options.applyTo(existing.options());
        Boolean working = onlyDuringWorkingHours.applyTo(existing.onlyDuringWorkingHours());
        return new Pool(
                existing.id(),
                name.applyTo(existing.name()),
                newStrategy,
                members.applyTo(existing.members()),
                timeZone.applyTo(existing.timeZone()),
                overflow.applyTo(existing.overflow()),
                newOptions,
                maxLead.applyTo(existing.maxLead()),
                existing.acceptSla(),
                existing.availabilityFirst(),
                Boolean.TRUE.equals(working));
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
