package dev.switchboard.routing.replay;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.World;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import dev.switchboard.routing.intake.SubmitLead;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplayRouterTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private final World world = new World();
    private final ReplayRouter replayRouter = new ReplayRouter(
            world.routers,
            world.forms,
            world.leads,
            world.assignments,
            world.pools,
            world.reps,
            world.accounts,
            new AccountProfiles(world.accounts),
            world.qualifications,
            world.conversions);
    private final RouterId routerId = RouterId.random();
    private Form form;

    @BeforeEach
    void givenFourLeadsRoutedRoundRobinAndADraftSendingFrenchLeadsToC() {
        Pool team = world.pool(A, B);
        world.routers.addVersion(new Router(routerId, "Inbound", 1, List.of(), new RuleAction.RouteToPool(team.id())));
        world.routers.addVersion(new Router(
                routerId,
                "Inbound",
                2,
                List.of(new Rule(
                        "France",
                        Compare.of(LeadField.COUNTRY, Operator.EQUALS, "France"),
                        new RuleAction.RouteToRep(C))),
                new RuleAction.RouteToPool(team.id())));
        world.routers.publish(routerId, 1);
        form = new Form(FormId.random(), "Contact sales", routerId);
        world.forms.add(form);
        List<String> countries = List.of("Spain", "France", "France", "Italy");
        for (int n = 0; n < countries.size(); n++) {
            Clock then = Clock.fixed(MONDAY.plusSeconds(60L * n), ZoneOffset.UTC);
            RouteLead routeLead = new RouteLead(
                    world.pools,
                    world.reps,
                    world.accounts,
                    new AccountProfiles(world.accounts),
                    world.rotations,
                    world.tallies,
                    world.qualifications,
                    then,
                    world.standings,
                    world.conversions);
            new SubmitLead(
                            world.forms,
                            world.routers,
                            world.pools,
                            world.leads,
                            world.assignments,
                            routeLead,
                            world.events,
                            then)
                    .submit(SubmitLeadCommand.throughForm(
                            form.id(),
                            new LeadDetails(
                                    "Lead " + n,
                                    new EmailAddress("lead" + n + "@acme.example"),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    countries.get(n),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of()),
                            null));
        }
    }

    @Test
    void a_draft_is_compared_with_what_happened_lead_by_lead_and_per_rep() {
        Replay replay = replayRouter.replay(routerId, 2, MONDAY, MONDAY.plusSeconds(3600));

        assertThat(replay.leads()).isEqualTo(4);
        assertThat(replay.before()).isEqualTo(Map.of(A, 2L, B, 2L));
        assertThat(replay.after()).isEqualTo(Map.of(A, 1L, B, 1L, C, 2L));
        assertThat(replay.changes())
                .extracting(Replay.Change::repBefore, Replay.Change::repAfter)
                .containsExactly(tuple(B, C), tuple(A, C));
        assertThat(replay.changes().get(0).outcomeAfter()).isEqualTo(Outcome.ASSIGNED);
        assertThat(replay.changes().get(0).explanationAfter().rule()).isEqualTo("France");
        assertThat(replay.changes().get(0).explanationAfter().reason()).isEqualTo(new Reason.ToRep(C, "Rep C"));
    }

    @Test
    void a_replay_touches_nothing_live() {
        long turns = world.rotations.turnsTaken(world.pools.all().get(0).id());

        replayRouter.replay(routerId, 2, MONDAY, MONDAY.plusSeconds(3600));

        assertThat(world.rotations.turnsTaken(world.pools.all().get(0).id())).isEqualTo(turns);
        assertThat(world.routers.liveVersion(routerId)).isEqualTo(1);
    }

    @Test
    void a_backwards_period_or_an_unknown_version_is_rejected() {
        assertThatThrownBy(() -> replayRouter.replay(routerId, 2, MONDAY, MONDAY))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
        assertThatThrownBy(() -> replayRouter.replay(routerId, 9, MONDAY, MONDAY.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> replayRouter.replay(RouterId.random(), 1, MONDAY, MONDAY.plusSeconds(60)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("routerId"));
    }
}
