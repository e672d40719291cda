package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Routers;

/** Makes one version of a router the live one: forms that use the router route by it from now on. */
public final class PublishRouter {

    private final Routers routers;

    public PublishRouter(Routers routers) {
        this.routers = routers;
    }

    public Router publish(RouterId id, int version) {
        if (routers.latest(id).isEmpty()) {
            throw InputRejected.notFound("routerId", "router", id.value());
        }
        if (!routers.publish(id, version)) {
            throw new InputRejected(ErrorCode.NOT_FOUND, "version", "the router has no version " + version);
        }
        return routers.version(id, version).orElseThrow();
    }
}
