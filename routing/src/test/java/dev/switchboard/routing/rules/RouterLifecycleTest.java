package dev.switchboard.routing.rules;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SimulateRouting;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import dev.switchboard.routing.setup.AccountCommand;
import dev.switchboard.routing.setup.CreateAccount;
import dev.switchboard.routing.setup.CreateForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterLifecycleTest {

    private final World world = new World();
    private final CreateRouter createRouter = new CreateRouter(world.routers, world.pools, world.reps);
    private final ReviseRouter reviseRouter = new ReviseRouter(world.routers, world.pools, world.reps);
    private final PublishRouter publishRouter = new PublishRouter(world.routers);
    private final CreateForm createForm = new CreateForm(world.forms, world.routers, world.clock);
    private final SimulateRouting simulateRouting =
            new SimulateRouting(world.forms, world.routers, world.pools, world.routeLead, world.clock);
    private final Pool team = world.pool(A, B);

    private static RouterDraft toPool(PoolId pool) {
        return new RouterDraft("Inbound", List.of(), new RuleAction.RouteToPool(pool));
    }

    @Test
    void a_new_router_is_a_draft_until_published_and_edits_become_new_versions() {
        Router first = createRouter.create(toPool(team.id()));
        Router second = reviseRouter.revise(
                first.id(),
                new RouterDraft(
                        "Inbound",
                        List.of(new Rule("All to C", Group.matchAll(), new RuleAction.RouteToRep(C))),
                        new RuleAction.RouteToPool(team.id())));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(world.routers.live(first.id())).isEmpty();

        publishRouter.publish(first.id(), 2);

        assertThat(world.routers.live(first.id())).contains(second);
    }

    @Test
    void a_rule_or_fallback_naming_an_unknown_pool_or_rep_is_rejected_on_that_rule() {
        RouterDraft unknownPool = new RouterDraft(
                "Inbound",
                List.of(
                        new Rule("Ok", Group.matchAll(), new RuleAction.RouteToRep(A)),
                        new Rule(
                                "Broken",
                                Group.matchAll(),
                                new RuleAction.RouteToAccountOwner(new RuleAction.RouteToPool(new PoolId("gone"))))),
                new RuleAction.RouteToRep(A));
        RouterDraft unknownRep =
                new RouterDraft("Inbound", List.of(), new RuleAction.Escalate(null, new RepId("ghost"), null));

        assertThatThrownBy(() -> createRouter.create(unknownPool)).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(e.field()).isEqualTo("rules[1].action.fallback.poolId");
        });
        assertThatThrownBy(() -> createRouter.create(unknownRep))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("fallback.repId"));
        assertThat(world.routers.latestOfEach()).isEmpty();
    }

    @Test
    void publishing_a_version_that_does_not_exist_is_rejected_and_the_live_one_stays() {
        Router router = createRouter.create(toPool(team.id()));
        publishRouter.publish(router.id(), 1);

        assertThatThrownBy(() -> publishRouter.publish(router.id(), 7))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> publishRouter.publish(RouterId.random(), 1))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("routerId"));
        assertThat(world.routers.liveVersion(router.id())).isEqualTo(1);
    }

    @Test
    void a_simulation_can_try_a_draft_version_and_takes_no_turn_and_stores_nothing() {
        Router router = createRouter.create(toPool(team.id()));
        publishRouter.publish(router.id(), 1);
        reviseRouter.revise(
                router.id(),
                new RouterDraft(
                        "Inbound",
                        List.of(
                                new Rule(
                                        "Big companies",
                                        Compare.of(LeadField.EMPLOYEES, Operator.GREATER_THAN, "-1"),
                                        new RuleAction.RouteToRep(C)),
                                new Rule(
                                        "Named",
                                        Compare.of(LeadField.NAME, Operator.EXISTS),
                                        new RuleAction.RouteToRep(C))),
                        new RuleAction.RouteToPool(team.id())));
        Form form = createForm.create("Contact sales", router.id(), null);
        SubmitLeadCommand lead = SubmitLeadCommand.throughForm(form.id(), SampleLeads.prospect(1), null);

        Assignment live = simulateRouting.simulate(lead, null).assignment();
        SimulateRouting.Simulated draft = simulateRouting.simulate(lead, 2);

        assertThat(live.repId()).isEqualTo(A);
        assertThat(draft.assignment().repId()).isEqualTo(C);
        assertThat(draft.assignment().explanation().rule()).isEqualTo("Named");
        assertThat(draft.misses())
                .extracting(m -> m.failed())
                .containsExactly("employees is empty, so not greater than -1");
        assertThat(world.rotations.turnsTaken(team.id())).isZero();
        assertThat(world.leads.count()).isZero();
    }

    @Test
    void a_form_needs_an_existing_router_and_an_account_an_existing_owner() {
        CreateAccount createAccount = new CreateAccount(world.accounts, world.reps);

        assertThatThrownBy(() -> createForm.create("Contact", RouterId.random(), null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("routerId"));
        assertThatThrownBy(
                        () -> createAccount.create(new AccountCommand("Acme", List.of("acme.com"), new RepId("ghost"))))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("ownerId"));
        createAccount.create(new AccountCommand("Acme", List.of("www.Acme.com"), A));
        assertThatThrownBy(() -> createAccount.create(new AccountCommand("Acme again", List.of("acme.com"), B)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
    }
}
