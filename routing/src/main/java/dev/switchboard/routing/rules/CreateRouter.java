package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;

/**
 * Creates a router as its version 1, a draft: it routes nothing until published. Rejects a rule or
 * fallback naming a pool or rep that does not exist.
 */
public final class CreateRouter {

    private final Routers routers;
    private final RouterReferences references;

    public CreateRouter(Routers routers, Pools pools, Reps reps) {
        this.routers = routers;
        this.references = new RouterReferences(pools, reps);
    }

    public Router create(RouterDraft draft) {
        references.check(RouterDraft.required(draft));
        Router router = draft.asVersion(RouterId.random(), 1);
        routers.addVersion(router);
        return router;
    }
}
