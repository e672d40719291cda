package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets one member's weight (1 to 100), keeping its caps, its place and everyone else. A rep not in the pool is
 * {@code NOT_MEMBER} on {@code repId}; a weight out of range {@code OUT_OF_RANGE} on {@code weight}.
 */
public final class SetMemberWeight {

    private final MemberEdits edits;

    public SetMemberWeight(Pools pools, UpdatePool updatePool) {
        this.edits = new MemberEdits(pools, updatePool);
    }

    public Pool set(PoolId pool, RepId rep, int weight, Integer expectedVersion) {
        if (rep == null) {
            throw InputRejected.required("repId");
        }
        // The weight's own rule, checked before the pool is read.
        new PoolMember(rep, weight);
        return edits.edit(pool, expectedVersion, current -> {
            List<PoolMember> members = new ArrayList<>(current);
            for (int i = 0; i < members.size(); i++) {
                PoolMember member = members.get(i);
                if (member.repId().equals(rep)) {
                    members.set(i, new PoolMember(rep, weight, member.dailyCap(), member.weeklyCap(), member.filter()));
                    return members;
                }
            }
            throw new InputRejected(ErrorCode.NOT_MEMBER, "repId", "rep " + rep + " is not in the pool");
        });
    }
}
