package dev.switchboard.routing.explain;

import static dev.switchboard.domain.model.rule.LeadField.COUNTRY;
import static dev.switchboard.domain.model.rule.LeadField.EMPLOYEES;
import static dev.switchboard.domain.model.rule.LeadField.JOB_TITLE;
import static dev.switchboard.domain.model.rule.LeadField.TIER;
import static dev.switchboard.domain.model.rule.Operator.CONTAINS;
import static dev.switchboard.domain.model.rule.Operator.EQUALS;
import static dev.switchboard.domain.model.rule.Operator.GREATER_THAN;
import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Explanation.RuleMiss;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.routing.World;
import dev.switchboard.routing.qualification.FreeMailDomains;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplainMissesTest {

    private final World world = new World();
    private final ExplainMisses explainMisses = new ExplainMisses(world.routers);
    private Router router;

    @BeforeEach
    void givenARouterWhoseRulesTestEnrichedAndScoredFacts() {
        world.accounts.add(
                new Account(AccountId.random(), "Acme", List.of("acme.com"), C, "Software", 250, null, "DE"));
        world.qualifications.replace(new Qualification(
                FreeMailDomains.shipped(),
                false,
                List.of(),
                List.of(),
                List.of(new ScoringRule("Executives", Compare.of(JOB_TITLE, CONTAINS, "chief"), 50)),
                60,
                30));
        router = new Router(
                RouterId.random(),
                "Inbound",
                1,
                List.of(
                        new Rule("Hot", Compare.of(TIER, EQUALS, "hot"), new RuleAction.RouteToRep(A)),
                        new Rule(
                                "Big German companies",
                                Group.all(
                                        Compare.of(COUNTRY, EQUALS, "DE"), Compare.of(EMPLOYEES, GREATER_THAN, "1000")),
                                new RuleAction.RouteToRep(A))),
                new RuleAction.RouteToRep(B));
        world.routers.addVersion(router);
    }

    @Test
    void the_misses_worked_out_from_a_stored_decision_are_those_the_decision_saw() {
        LeadDetails details = new LeadDetails(
                "Pat",
                new EmailAddress("pat@acme.com"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal("1000"),
                null,
                null,
                "Chief of staff",
                null,
                List.of());
        Lead lead = new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);

        Assignment decision = world.routeLead.route(lead, router, lead.submittedAt());
        List<RuleMiss> misses = explainMisses
                .explain(List.of(new ExplainMisses.Decided(decision.explanation(), details)))
                .get(0);

        assertThat(decision.repId()).isEqualTo(B);
        assertThat(misses)
                .containsExactly(
                        new RuleMiss("Hot", "tier \"warm\" not equals hot"),
                        new RuleMiss("Big German companies", "employees 250 not greater than 1000"));
    }

    @Test
    void a_decision_without_a_router_or_by_a_version_no_longer_stored_has_no_misses() {
        LeadDetails details = new LeadDetails(
                "Pat",
                new EmailAddress("pat@x.example"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
        Lead lead = new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);
        Router unsaved = new Router(RouterId.random(), "Draft", 1, router.rules(), router.fallback());

        Assignment direct = world.routeLead.routeToPool(lead, world.pool(A), lead.submittedAt());
        Assignment byUnsaved = world.routeLead.route(lead, unsaved, lead.submittedAt());

        assertThat(explainMisses.explain(List.of(
                        new ExplainMisses.Decided(direct.explanation(), details),
                        new ExplainMisses.Decided(byUnsaved.explanation(), details))))
                .containsExactly(List.of(), List.of());
    }
}
