package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;

/**
 * Saves an edit of a router as its next version, a draft; the live version keeps routing until the
 * draft is published. Two admins saving at once cannot both take the same number: the second is told
 * the version is a {@code DUPLICATE} and must reload.
 */
public final class ReviseRouter {

    private final Routers routers;
    private final RouterReferences references;

    public ReviseRouter(Routers routers, Pools pools, Reps reps) {
        this.routers = routers;
        this.references = new RouterReferences(pools, reps);
    }

    public Router revise(RouterId id, RouterDraft draft) {
        return revise(id, draft, null);
    }

    /**
     * Saves the edit as the next version only when the newest is {@code expectedVersion}, the version the edit was
     * made from (any when null): {@code STALE} on {@code expectedVersion} when another version was saved since,
     * also when it is saved at the same moment as this one.
     */
    public Router revise(RouterId id, RouterDraft draft, Integer expectedVersion) {
        references.check(RouterDraft.required(draft));
        Router latest = routers.latest(id).orElseThrow(() -> InputRejected.notFound("routerId", "router", id.value()));
        if (expectedVersion != null && latest.version() != expectedVersion) {
            throw InputRejected.stale("router", expectedVersion);
        }
        Router next = draft.asVersion(id, latest.version() + 1);
        try {
            routers.addVersion(next);
        } catch (InputRejected taken) {
            if (expectedVersion != null && taken.code() == ErrorCode.DUPLICATE) {
                throw InputRejected.stale("router", expectedVersion);
            }
            throw taken;
        }
        return next;
    }
}
