package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;

import java.time.ZoneId;
import java.util.List;

/**
 * A new pool: its name, strategy, members in rotation order, the time zone its cap windows are
 * counted in (null: UTC) and where leads overflow when every member is passed over (null: nowhere).
 */
public record CreatePoolCommand(String name, Strategy strategy, List<PoolMember> members, ZoneId timeZone, Overflow overflow) {

    public CreatePoolCommand {
        // The pool's own rules (name, member count, no duplicates) are checked by building one.
        Pool checked = new Pool(new PoolId("unsaved"), name, strategy == null ? Strategy.ROUND_ROBIN : strategy, members,
                timeZone, overflow);
        name = checked.name();
        strategy = checked.strategy();
        members = checked.members();
        timeZone = checked.timeZone();
    }

    public CreatePoolCommand(String name, Strategy strategy, List<PoolMember> members) {
        this(name, strategy, members, null, null);
    }
}
