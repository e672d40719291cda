package dev.switchboard.routing.rules;

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
        references.check(RouterDraft.required(draft));
        Router latest = routers.latest(id).orElseThrow(() -> InputRejected.notFound("routerId", "router", id.value()));
        Router next = draft.asVersion(id, latest.version() + 1);
        routers.addVersion(next);
        return next;
    }
}
