package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import java.util.Optional;

/**
 * Deletes a pool nothing routes to. Refused with {@code IN_USE} on {@code poolId} while a router's
 * live or newest version has a rule or fallback naming the pool, another pool overflows or escalates into
 * it, or leads still wait in its claim queue; {@code NOT_FOUND} for an unknown pool.
 * <p>
 * The check and the deletion are two steps: a router saved naming the pool in between would find the
 * pool gone, and its leads would be left unassigned with the explanation that the pool no longer exists.
 */
public final class DeletePool {

    private final Pools pools;
    private final Routers routers;
    private final Assignments assignments;

    public DeletePool(Pools pools, Routers routers, Assignments assignments) {
        this.pools = pools;
        this.routers = routers;
        this.assignments = assignments;
    }

    public void delete(PoolId id) {
        if (id == null) {
            throw InputRejected.required("poolId");
        }
        if (pools.byId(id).isEmpty()) {
            throw InputRejected.notFound("poolId", "pool", id.value());
        }
        for (Router router : routers.liveOfEach()) {
            refuseIfNamed(router, id, "live version " + router.version());
        }
        for (Router router : routers.latestOfEach()) {
            refuseIfNamed(router, id, "newest version " + router.version());
        }
        for (Pool pool : pools.all()) {
            if (pool.overflow() != null && id.equals(pool.overflow().poolId())) {
                throw inUse("pool " + pool.name() + " overflows into it");
            }
            if (pool.acceptSla() != null && id.equals(pool.acceptSla().escalateToPool())) {
                throw inUse("pool " + pool.name() + " escalates overdue leads to it");
            }
        }
        if (!assignments.waitingIn(id, 1, null).items().isEmpty()) {
            throw inUse("leads still wait in its claim queue; let them be claimed or reassign them first");
        }
        if (!pools.remove(id)) {
            throw InputRejected.notFound("poolId", "pool", id.value());
        }
    }

    private static void refuseIfNamed(Router router, PoolId id, String which) {
        Optional<PoolId> pool = Optional.of(id);
        for (Rule rule : router.rules()) {
            if (rule.action().pool().equals(pool)) {
                throw inUse(
                        "rule \"" + rule.name() + "\" of router " + router.name() + " (" + which + ") routes to it");
            }
        }
        if (router.fallback().pool().equals(pool)) {
            throw inUse("the fallback of router " + router.name() + " (" + which + ") routes to it");
        }
    }

    private static InputRejected inUse(String why) {
        return new InputRejected(ErrorCode.IN_USE, "poolId", "the pool is in use: " + why);
    }
}
