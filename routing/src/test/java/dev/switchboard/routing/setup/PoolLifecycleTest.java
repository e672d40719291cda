package dev.switchboard.routing.setup;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.World;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PoolLifecycleTest {

    private final World world = new World();
    private final UpdatePool updatePool = new UpdatePool(world.pools, world.reps);
    private final DeletePool deletePool = new DeletePool(world.pools, world.routers, world.assignments);
    private final Pool pool = world.pool(A, B);

    private UpdatePoolCommand evenly(PoolId id, Overflow overflow) {
        return new UpdatePoolCommand(
                id,
                "Even",
                Strategy.EQUAL_DISTRIBUTION,
                List.of(new PoolMember(B, 2), new PoolMember(A, 1)),
                ZoneId.of("Europe/Paris"),
                overflow,
                new EqualDistribution(EqualDistribution.Window.DAY, null),
                2);
    }

    private static void rejected(Executable action, ErrorCode code, String field) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private Router router(RuleAction rule, RuleAction fallback) {
        return new Router(RouterId.random(), "Inbound", 1, List.of(new Rule("Big", Group.matchAll(), rule)), fallback);
    }

    @Test
    void an_update_replaces_the_whole_definition_under_the_same_id() {
        Pool updated = updatePool.update(evenly(pool.id(), null));

        assertThat(world.pools.byId(pool.id())).contains(updated);
        assertThat(updated.repIds()).containsExactly(B, A);
        assertThat(updated.equalDistribution())
                .isEqualTo(new EqualDistribution(EqualDistribution.Window.DAY, EqualDistribution.Rejoin.CATCH_UP));
        assertThat(updated.maxLead()).isEqualTo(2);
    }

    @Test
    void an_update_keeps_the_accept_deadline_which_is_set_on_its_own() {
        AcceptSla sla = new AcceptSla(15, 2, null, B);
        world.pools.setAcceptSla(pool.id(), sla);

        Pool updated = updatePool.update(evenly(pool.id(), null));

        assertThat(updated.acceptSla()).isEqualTo(sla);
        assertThat(world.pools.byId(pool.id()).orElseThrow().acceptSla()).isEqualTo(sla);
    }

    @Test
    void an_update_of_an_unknown_pool_into_itself_or_naming_an_unknown_rep_changes_nothing() {
        rejected(() -> updatePool.update(evenly(new PoolId("ghost"), null)), ErrorCode.NOT_FOUND, "poolId");
        rejected(
                () -> updatePool.update(evenly(pool.id(), new Overflow(pool.id(), null))),
                ErrorCode.INVALID_FORMAT,
                "overflowPoolId");
        rejected(
                () -> updatePool.update(new UpdatePoolCommand(
                        pool.id(), "P", null, List.of(new PoolMember(new RepId("ghost"), 1)), null, null, null, null)),
                ErrorCode.NOT_FOUND,
                "members[0].repId");
        rejected(
                () -> new UpdatePoolCommand(
                        pool.id(),
                        "P",
                        Strategy.ROUND_ROBIN,
                        List.of(new PoolMember(A, 1)),
                        null,
                        null,
                        EqualDistribution.DEFAULT,
                        null),
                ErrorCode.INVALID_FORMAT,
                "equalDistribution");

        assertThat(world.pools.byId(pool.id())).contains(pool);
    }

    @Test
    void a_pool_is_deleted_only_once_no_router_version_nor_overflow_names_it() {
        Router live = router(
                new RuleAction.RouteToAccountOwner(new RuleAction.RouteToPool(pool.id())),
                new RuleAction.RouteToRep(A));
        world.routers.addVersion(live);
        world.routers.publish(live.id(), 1);
        world.routers.addVersion(live.revise("Inbound", List.of(), new RuleAction.RouteToRep(A)));

        rejected(() -> deletePool.delete(pool.id()), ErrorCode.IN_USE, "poolId");

        world.routers.publish(live.id(), 2);
        Pool spill = new Pool(
                PoolId.random(),
                "Spill",
                Strategy.ROUND_ROBIN,
                List.of(new PoolMember(B, 1)),
                ZoneId.of("UTC"),
                new Overflow(pool.id(), null));
        world.pools.add(spill);
        rejected(() -> deletePool.delete(pool.id()), ErrorCode.IN_USE, "poolId");

        world.pools.remove(spill.id());
        deletePool.delete(pool.id());
        assertThat(world.pools.byId(pool.id())).isEmpty();
        rejected(() -> deletePool.delete(pool.id()), ErrorCode.NOT_FOUND, "poolId");
    }

    @Test
    void a_pool_whose_queue_holds_leads_or_that_another_pool_escalates_to_is_not_deleted() {
        Router queueing =
                router(new RuleAction.SendToQueue(pool.id(), QueueMode.SHARK_TANK), new RuleAction.RouteToRep(A));
        Lead waiting = new Lead(LeadId.random(), SampleLeads.prospect(1), null, pool.id(), world.clock.instant(), null);
        world.assignments.add(world.routeLead.route(waiting, queueing, waiting.submittedAt()));

        rejected(() -> deletePool.delete(pool.id()), ErrorCode.IN_USE, "poolId");

        Pool escalatedTo = world.pool(B);
        world.pools.setAcceptSla(world.pool(A).id(), new AcceptSla(15, 1, escalatedTo.id(), null));
        rejected(() -> deletePool.delete(escalatedTo.id()), ErrorCode.IN_USE, "poolId");
    }
}
