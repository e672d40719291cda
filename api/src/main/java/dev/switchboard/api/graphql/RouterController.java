package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterInputs.RouterInput;
import dev.switchboard.api.graphql.RouterViews.ActionView;
import dev.switchboard.api.graphql.RouterViews.RouterVersionView;
import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.intake.SimulateRouting;
import dev.switchboard.routing.rules.CreateRouter;
import dev.switchboard.routing.rules.DeleteRouter;
import dev.switchboard.routing.rules.PublishRouter;
import dev.switchboard.routing.rules.ReviseRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RouterController {

    record ReviseRouterInput(String routerId, RouterInput router, Integer expectedVersion) {}

    record PublishRouterInput(String routerId, Integer version) {}

    record RouterPayload(RouterView router, List<UserError> errors) {}

    record SimulateRoutingPayload(AssignmentView assignment, List<UserError> errors) {}

    record DeleteRouterInput(String routerId) {}

    record DeleteRouterPayload(String routerId, List<UserError> errors) {
        public String deletedId() {
            return routerId;
        }
    }

    private final CreateRouter createRouter;
    private final ReviseRouter reviseRouter;
    private final PublishRouter publishRouter;
    private final DeleteRouter deleteRouter;
    private final SimulateRouting simulateRouting;
    private final Routers routers;
    private final Pools pools;
    private final Reps reps;

    RouterController(
            CreateRouter createRouter,
            ReviseRouter reviseRouter,
            PublishRouter publishRouter,
            DeleteRouter deleteRouter,
            SimulateRouting simulateRouting,
            Routers routers,
            Pools pools,
            Reps reps) {
        this.deleteRouter = deleteRouter;
        this.createRouter = createRouter;
        this.reviseRouter = reviseRouter;
        this.publishRouter = publishRouter;
        this.simulateRouting = simulateRouting;
        this.routers = routers;
        this.pools = pools;
        this.reps = reps;
    }

    @MutationMapping
    RouterPayload createRouter(@Argument RouterInput input) {
        return saved(() -> createRouter.create(input.toDraft()));
    }

    @MutationMapping
    RouterPayload reviseRouter(@Argument ReviseRouterInput input) {
        return saved(() -> reviseRouter.revise(
                new RouterId(input.routerId()),
                RouterInputs.at("router", () -> input.router().toDraft()),
                input.expectedVersion()));
    }

    @MutationMapping
    RouterPayload publishRouter(@Argument PublishRouterInput input) {
        return saved(() -> publishRouter.publish(new RouterId(input.routerId()), input.version()));
    }

    @MutationMapping
    DeleteRouterPayload deleteRouter(@Argument DeleteRouterInput input) {
        try {
            return new DeleteRouterPayload(
                    deleteRouter.delete(new RouterId(input.routerId())).id().value(), List.of());
        } catch (InputRejected rejected) {
            return new DeleteRouterPayload(null, UserError.of(rejected));
        }
    }

    private RouterPayload saved(Supplier<Router> save) {
        try {
            Router router = save.get();
            return new RouterPayload(RouterView.of(router, routers.liveVersion(router.id())), List.of());
        } catch (InputRejected rejected) {
            return new RouterPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new RouterPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    RouterView router(@Argument String id, @Argument Integer version) {
        RouterId routerId = new RouterId(id);
        return (version == null ? routers.latest(routerId) : routers.version(routerId, version))
                .map(r -> RouterView.of(r, routers.liveVersion(routerId)))
                .orElse(null);
    }

    /** A router's version by the stored id of a RouterVersion ({@link GlobalIds#routerVersionId}); null for none. */
    RouterVersionView routerVersion(String id) {
        return GlobalIds.routerVersion(id)
                .flatMap(named -> {
                    RouterId routerId = new RouterId(named.getKey());
                    return routers.version(routerId, named.getValue())
                            .map(r -> RouterVersionView.of(r, routers.liveVersion(routerId)));
                })
                .orElse(null);
    }

    /** Every saved version, newest first: versions are numbered from 1 up to the newest, each kept for good. */
    @SchemaMapping(typeName = "Router", field = "versions")
    List<RouterVersionView> versions(RouterView router) {
        RouterId routerId = new RouterId(router.id());
        int live = routers.liveVersion(routerId);
        int newest = routers.latest(routerId).map(Router::version).orElse(router.version());
        List<RouterVersionView> versions = new ArrayList<>();
        for (int n = newest; n >= 1; n--) {
            routers.version(routerId, n).ifPresent(r -> versions.add(RouterVersionView.of(r, live)));
        }
        return versions;
    }

    @SchemaMapping(typeName = "RouterVersion", field = "router")
    RouterView router(RouterVersionView version) {
        RouterId routerId = new RouterId(version.routerId());
        return routers.latest(routerId)
                .map(r -> RouterView.of(r, routers.liveVersion(routerId)))
                .orElse(null);
    }

    @QueryMapping
    Connection<RouterView> routers(@Argument Integer first, @Argument String after) {
        return Connection.of(
                routers.pageOfLatest(Connection.limit(first), Cursor.ROUTERS.decode(after)),
                r -> Cursor.ROUTERS.encode(new PagePosition(r.id().value(), r.id().value())),
                r -> RouterView.of(r, routers.liveVersion(r.id())),
                routers::countLatest);
    }

    @QueryMapping
    SimulateRoutingPayload simulateRouting(@Argument SubmitLeadInput input, @Argument Integer routerVersion) {
        try {
            SimulateRouting.Simulated simulated = simulateRouting.simulate(input.toCommand(null), routerVersion);
            return new SimulateRoutingPayload(AssignmentView.of(simulated.assignment(), simulated.misses()), List.of());
        } catch (InputRejected rejected) {
            return new SimulateRoutingPayload(null, UserError.of(input.named(rejected)));
        } catch (InputsRejected rejected) {
            return new SimulateRoutingPayload(null, UserError.of(rejected));
        }
    }

    @BatchMapping(typeName = "Action", field = "pool")
    Map<ActionView, PoolView> actionPool(List<ActionView> actions) {
        return Batches.load(
                actions, a -> a.poolId() == null ? null : new PoolId(a.poolId()), pools::byIds, PoolView::of);
    }

    @BatchMapping(typeName = "Action", field = "rep")
    Map<ActionView, RepView> actionRep(List<ActionView> actions) {
        return Batches.load(actions, a -> a.repId() == null ? null : new RepId(a.repId()), reps::byIds, RepView::of);
    }
}
