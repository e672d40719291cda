package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;

import java.util.List;

/** A new pool: its name, strategy and members in rotation order. */
public record CreatePoolCommand(String name, Strategy strategy, List<PoolMember> members) {

    public CreatePoolCommand {
        // The pool's own rules (name, member count, no duplicates) are checked by building one.
        Pool checked = new Pool(new PoolId("unsaved"), name, strategy == null ? Strategy.ROUND_ROBIN : strategy, members);
        name = checked.name();
        strategy = checked.strategy();
        members = checked.members();
    }
}
