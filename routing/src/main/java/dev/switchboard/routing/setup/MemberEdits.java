package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.port.Pools;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A change of a pool's members made from the members as they are: read at a version, written only at that version
 * (one single-document update), so a member added or removed meanwhile by someone else is never undone. An edit that
 * names the version it was made from is {@code STALE} when the pool moved on; one that names none reads again and
 * retries.
 */
final class MemberEdits {

    private static final int ATTEMPTS = 5;

    private final Pools pools;
    private final UpdatePool updatePool;

    MemberEdits(Pools pools, UpdatePool updatePool) {
        this.pools = pools;
        this.updatePool = updatePool;
    }

    Pool edit(PoolId id, Integer expectedVersion, UnaryOperator<List<PoolMember>> edit) {
        if (id == null) {
            throw InputRejected.required("poolId");
        }
        for (int attempt = 1; ; attempt++) {
            // The version first: a change landing before the pool is read makes the write below stale, never lost.
            Integer version = expectedVersion != null
                    ? expectedVersion
                    : pools.versions(List.of(id)).get(id);
            Pool pool = pools.byId(id).orElseThrow(() -> InputRejected.notFound("poolId", "pool", id.value()));
            List<PoolMember> members = edit.apply(pool.members());
            try {
                return updatePool.update(
                        new PoolChanges(id, null, null, Change.to(members), null, null, null, null, null, version));
            } catch (InputRejected rejected) {
                if (rejected.code() != ErrorCode.STALE || expectedVersion != null || attempt == ATTEMPTS) {
                    throw rejected;
                }
            }
        }
    }
}
