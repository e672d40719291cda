package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.StrategyOptions;
import java.time.ZoneId;
import java.util.List;

/**
 * A new pool: its name, strategy (null: round robin) and the strategy's settings (null: its
 * defaults), members in rotation order, the time zone its windows are counted in (null: UTC), where
 * leads overflow when every member is passed over (null: nowhere), the load threshold (null: none), and whether
 * members off by their working hours are passed over.
 */
public record CreatePoolCommand(
        String name,
        Strategy strategy,
        List<PoolMember> members,
        ZoneId timeZone,
        Overflow overflow,
        StrategyOptions options,
        Integer maxLead,
        boolean onlyDuringWorkingHours) {

    public CreatePoolCommand {
        // The pool's own rules (name, member count, no duplicates, settings that suit the strategy) are checked by
        // building one.
        Pool checked = new Pool(
                new PoolId("unsaved"),
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

    public CreatePoolCommand(
            String name,
            Strategy strategy,
            List<PoolMember> members,
            ZoneId timeZone,
            Overflow overflow,
            StrategyOptions options,
            Integer maxLead) {
        this(name, strategy, members, timeZone, overflow, options, maxLead, false);
    }

    public CreatePoolCommand(
            String name, Strategy strategy, List<PoolMember> members, ZoneId timeZone, Overflow overflow) {
        this(name, strategy, members, timeZone, overflow, null, null);
    }

    public CreatePoolCommand(String name, Strategy strategy, List<PoolMember> members) {
        this(name, strategy, members, null, null);
    }
}
