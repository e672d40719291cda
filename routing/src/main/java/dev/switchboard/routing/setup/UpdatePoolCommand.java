package dev.switchboard.routing.setup;

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
 * A pool's whole new definition, replacing the old one: the same fields and defaults as
 * {@link CreatePoolCommand}, so anything left out returns to its default.
 */
public record UpdatePoolCommand(
        PoolId poolId,
        String name,
        Strategy strategy,
        List<PoolMember> members,
        ZoneId timeZone,
        Overflow overflow,
        StrategyOptions options,
        Integer maxLead,
        Boolean onlyDuringWorkingHours) {

    /** An update that keeps whether the pool passes over members off by their working hours. */
    public UpdatePoolCommand(
            PoolId poolId,
            String name,
            Strategy strategy,
            List<PoolMember> members,
            ZoneId timeZone,
            Overflow overflow,
            StrategyOptions options,
            Integer maxLead) {
        this(poolId, name, strategy, members, timeZone, overflow, options, maxLead, null);
    }

    public UpdatePoolCommand {
        if (poolId == null) {
            throw InputRejected.required("poolId");
        }
        Pool checked = new Pool(
                poolId,
                name,
                strategy == null ? Strategy.ROUND_ROBIN : strategy,
                members,
                timeZone,
                overflow,
                options,
                maxLead);
        name = checked.name();
        strategy = checked.strategy();
        members = checked.members();
        timeZone = checked.timeZone();
        options = checked.options();
    }
}
