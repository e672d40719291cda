package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import java.util.List;

/**
 * Takes reps out of a pool, keeping the other members in their order with their counts. A rep not in the pool is
 * {@code NOT_MEMBER} on {@code repIds[i]}; removing every member is {@code REQUIRED} on {@code members} (a pool keeps
 * at least one: delete the pool instead). Leads the removed reps hold stay theirs.
 */
public final class RemovePoolMembers {

    private final MemberEdits edits;

    public RemovePoolMembers(Pools pools, UpdatePool updatePool) {
        this.edits = new MemberEdits(pools, updatePool);
    }

    public Pool remove(PoolId pool, List<RepId> reps, Integer expectedVersion) {
        if (reps == null || reps.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "repIds", "name at least one rep to remove");
        }
        return edits.edit(pool, expectedVersion, current -> {
            for (int i = 0; i < reps.size(); i++) {
                RepId rep = reps.get(i);
                if (current.stream().noneMatch(m -> m.repId().equals(rep))) {
                    throw new InputRejected(
                            ErrorCode.NOT_MEMBER, "repIds[" + i + "]", "rep " + rep + " is not in the pool");
                }
            }
            return current.stream().filter(m -> !reps.contains(m.repId())).toList();
        });
    }
}
