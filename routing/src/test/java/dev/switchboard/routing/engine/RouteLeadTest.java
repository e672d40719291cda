package dev.switchboard.routing.engine;

import static dev.switchboard.domain.model.rule.LeadField.DEAL_VALUE;
import static dev.switchboard.domain.model.rule.LeadField.JOB_TITLE;
import static dev.switchboard.domain.model.rule.Operator.CONTAINS;
import static dev.switchboard.domain.model.rule.Operator.GREATER_THAN;
import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static dev.switchboard.routing.World.DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.World;
import dev.switchboard.routing.explain.ExplainMisses;
import dev.switchboard.routing.explain.ReasonWords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteLeadTest {

    private final World world = new World();
    private Pool team;
    private Router router;

    @BeforeEach
    void inbound() {
        team = world.pool(A, B);
        router = new Router(
                RouterId.random(),
                "Inbound",
                3,
                List.of(
                        new Rule(
                                "Students",
                                Compare.of(JOB_TITLE, CONTAINS, "student"),
                                new RuleAction.Disqualify("student")),
                        new Rule(
                                "Big deals",
                                Compare.of(DEAL_VALUE, GREATER_THAN, "100000"),
                                new RuleAction.Escalate(null, DIRECTOR, "deal over 100k")),
                        new Rule(
                                "Partners",
                                Compare.of(JOB_TITLE, CONTAINS, "partner"),
                                new RuleAction.SendToQueue(team.id(), QueueMode.SHARK_TANK)),
                        new Rule(
                                "Known accounts",
                                Group.matchAll(),
                                new RuleAction.RouteToAccountOwner(new RuleAction.RouteToPool(team.id())))),
                new RuleAction.RouteToRep(C));
    }

    private static Lead lead(String email, String title, String dealValue) {
        LeadDetails details = new LeadDetails(
                "Pat",
                new EmailAddress(email),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                dealValue == null ? null : new BigDecimal(dealValue),
                null,
                null,
                title,
                null,
                List.of());
        return new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);
    }

    private Assignment route(Lead lead) {
        return world.routeLead.route(lead, router, lead.submittedAt());
    }

    @Test
    void a_disqualifying_rule_leaves_the_lead_with_nobody_and_says_why() {
        Assignment decision = route(lead("kim@uni.example", "PhD Student", null));

        assertThat(decision.outcome()).isEqualTo(Outcome.DISQUALIFIED);
        assertThat(decision.repId()).isNull();
        assertThat(decision.explanation().rule()).isEqualTo("Students");
        assertThat(decision.explanation().reason()).isEqualTo(new Reason.DisqualifiedByRule("student"));
    }

    @Test
    void an_escalation_goes_to_the_named_rep_marked_urgent_and_records_the_rules_that_missed() {
        Assignment decision = route(lead("cfo@bigco.example", "CFO", "250000"));

        assertThat(decision.repId()).isEqualTo(DIRECTOR);
        assertThat(decision.urgent()).isTrue();
        assertThat(decision.explanation().rule()).isEqualTo("Big deals");
        assertThat(decision.explanation().routerVersion()).isEqualTo(3);
        world.routers.addVersion(router);
        assertThat(new ExplainMisses(world.routers)
                        .explain(List.of(new ExplainMisses.Decided(
                                decision.explanation(),
                                lead("cfo@bigco.example", "CFO", "250000").details())))
                        .get(0))
                .extracting(m -> m.rule() + ": " + m.failed())
                .containsExactly("Students: job title \"CFO\" not contains student");
    }

    @Test
    void a_queue_rule_leaves_the_lead_queued_for_the_pool_without_taking_a_turn_and_names_the_pool() {
        Assignment decision = route(lead("sam@agency.example", "Partner", null));

        assertThat(decision.outcome()).isEqualTo(Outcome.QUEUED);
        assertThat(decision.poolId()).isEqualTo(team.id());
        assertThat(world.rotations.turnsTaken(team.id())).isZero();
        assertThat(ReasonWords.ENGLISH.words(decision.explanation().reason()))
                .isEqualTo("offered to the shark tank queue of pool " + team.name());
    }

    @Test
    void a_lead_from_a_subdomain_of_a_known_account_goes_to_its_owner_without_taking_a_turn() {
        world.accounts.add(new Account(AccountId.random(), "Acme", List.of("acme.com"), B));

        Assignment decision = route(lead("jo@eu.ACME.com", "CTO", null));

        assertThat(decision.repId()).isEqualTo(B);
        assertThat(decision.explanation().reason()).isEqualTo(new Reason.AccountOwner("Acme", B, "Rep B"));
        assertThat(world.rotations.turnsTaken(team.id())).isZero();
    }

    @Test
    void an_away_account_owner_falls_to_the_rules_fallback_and_an_unknown_domain_too() {
        world.accounts.add(new Account(AccountId.random(), "Acme", List.of("acme.com"), C));
        world.deactivate(C);

        Assignment ownerAway = route(lead("jo@acme.com", "CTO", null));
        Assignment noAccount = route(lead("jo@globex.example", "CTO", null));

        assertThat(ownerAway.repId()).isEqualTo(A);
        assertThat(ownerAway.explanation().reason())
                .isInstanceOfSatisfying(Reason.AccountOwnerUnavailable.class, unavailable -> {
                    assertThat(unavailable.account()).isEqualTo("Acme");
                    assertThat(unavailable.owner()).isEqualTo(new Reason.RepInactive(C, "Rep C"));
                    assertThat(unavailable.then().code()).isEqualTo(Reason.Code.POOL_DREW);
                });
        assertThat(noAccount.repId()).isEqualTo(B);
        assertThat(noAccount.explanation().reason())
                .isInstanceOfSatisfying(
                        Reason.NoAccount.class,
                        none -> assertThat(none.domain()).isEqualTo("globex.example"));
    }

    @Test
    void the_fallback_decides_when_no_rule_matches() {
        Router strict = new Router(
                RouterId.random(),
                "Strict",
                1,
                List.of(new Rule(
                        "Students", Compare.of(JOB_TITLE, CONTAINS, "student"), new RuleAction.Disqualify("student"))),
                new RuleAction.RouteToRep(C));

        Assignment decision =
                world.routeLead.route(lead("jo@globex.example", "CTO", null), strict, Instant.now(world.clock));

        assertThat(decision.repId()).isEqualTo(C);
        assertThat(decision.explanation().rule()).isNull();
        assertThat(decision.explanation().reason()).isEqualTo(new Reason.ToRep(C, "Rep C"));
    }

    @Test
    void a_simulation_gives_the_same_decision_as_the_next_live_one_and_changes_nothing() {
        Lead lead = lead("jo@globex.example", "CTO", null);
        route(lead("first@globex.example", "CTO", null));

        Assignment simulated = world.routeLead.simulate(lead, router);
        Assignment simulatedAgain = world.routeLead.simulate(lead, router);
        Assignment live = route(lead);

        assertThat(simulated.repId())
                .isEqualTo(B)
                .isEqualTo(simulatedAgain.repId())
                .isEqualTo(live.repId());
        assertThat(world.rotations.turnsTaken(team.id())).isEqualTo(2);
    }
}
