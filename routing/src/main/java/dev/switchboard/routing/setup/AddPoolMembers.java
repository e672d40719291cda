package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds members at the end of a pool's rotation order, keeping the others, their counts and the rotation. A rep
 * already in the pool is {@code DUPLICATE} and an unknown one {@code NOT_FOUND}, each on {@code members[i].repId};
 * nothing is added unless all can be. A new member rejoins as the pool's strategy says.
 */
public final class AddPoolMembers {

    private final MemberEdits edits;
    private final Reps reps;

    public AddPoolMembers(Pools pools, Reps reps, UpdatePool updatePool) {
        this.edits = new MemberEdits(pools, updatePool);
        this.reps = reps;
    }

    public Pool add(PoolId pool, List<PoolMember> members, Integer expectedVersion) {
        if (members == null || members.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "members", "name at least one member to add");
        }
        Map<RepId, ?> known = reps.byIds(members.stream().map(PoolMember::repId).toList());
        for (int i = 0; i < members.size(); i++) {
            if (!known.containsKey(members.get(i).repId())) {
                throw InputRejected.notFound(
                        "members[" + i + "].repId",
                        "rep",
                        members.get(i).repId().value());
            }
        }
        return edits.edit(pool, expectedVersion, current -> {
            for (int i = 0; i < members.size(); i++) {
                RepId rep = members.get(i).repId();
                if (current.stream().anyMatch(m -> m.repId().equals(rep))
                        || members.subList(0, i).stream()
                                .anyMatch(m -> m.repId().equals(rep))) {
                    throw new InputRejected(
                            ErrorCode.DUPLICATE, "members[" + i + "].repId", "rep " + rep + " is in the pool already");
                }
            }
            List<PoolMember> all = new ArrayList<>(current);
            all.addAll(members);
            return all;
        });
    }
}
