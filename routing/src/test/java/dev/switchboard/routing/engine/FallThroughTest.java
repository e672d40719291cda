package dev.switchboard.routing.engine;

import static dev.switchboard.domain.model.rule.LeadField.JOB_TITLE;
import static dev.switchboard.domain.model.rule.Operator.CONTAINS;
import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static dev.switchboard.routing.World.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.WhenPassedOver;
import dev.switchboard.routing.World;
import dev.switchboard.routing.explain.ReasonWords;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FallThroughTest {

    private final World world = new World();
    private Pool enterprise;
    private Pool midMarket;

    @BeforeEach
    void twoPoolsWhoseFirstIsAllAway() {
        enterprise = world.pool(A, B);
        midMarket = world.pool(C);
        world.deactivate(A);
        world.deactivate(B);
    }

    private Router router(WhenPassedOver whenPassedOver) {
        return new Router(
                RouterId.random(),
                "Inbound",
                1,
                List.of(
                        new Rule(
                                "Enterprise",
                                Compare.of(JOB_TITLE, CONTAINS, "cto"),
                                new RuleAction.RouteToPool(enterprise.id(), whenPassedOver)),
                        new Rule(
                                "Partners",
                                Compare.of(JOB_TITLE, CONTAINS, "partner"),
                                new RuleAction.Disqualify("partner")),
                        new Rule("Everyone", Group.matchAll(), new RuleAction.RouteToPool(midMarket.id()))),
                new RuleAction.RouteToRep(D));
    }

    private Assignment route(Router router) {
        LeadDetails details = new LeadDetails(
                "Pat",
                new EmailAddress("pat@globex.example"),
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
                "CTO",
                null,
                List.of());
        Lead lead = new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);
        return world.routeLead.route(lead, router, lead.submittedAt());
    }

    @Test
    void by_default_a_pool_that_passes_everyone_over_leaves_the_lead_unassigned_as_before() {
        Assignment decision = route(router(null));

        assertThat(decision.outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(decision.explanation().rule()).isEqualTo("Enterprise");
        assertThat(decision.explanation().reason().code()).isEqualTo(Reason.Code.POOL_PASSED_OVER);
    }

    @Test
    void next_rule_tries_the_later_rules_in_order_and_the_first_that_matches_decides() {
        Assignment decision = route(router(WhenPassedOver.NEXT_RULE));

        assertThat(decision.outcome()).isEqualTo(Outcome.ASSIGNED);
        assertThat(decision.repId()).isEqualTo(C);
        assertThat(decision.poolId()).isEqualTo(midMarket.id());
        assertThat(decision.explanation().rule()).isEqualTo("Everyone");
        assertThat(decision.explanation().reason()).isInstanceOfSatisfying(Reason.FellThrough.class, fell -> {
            assertThat(fell.rule()).isEqualTo("Enterprise");
            assertThat(fell.to()).isEqualTo("NEXT_RULE");
            assertThat(fell.nextRule()).isEqualTo("Everyone");
        });
        assertThat(decision.explanation().reason().steps())
                .extracting(Reason::code)
                .containsExactly(Reason.Code.FELL_THROUGH, Reason.Code.POOL_PASSED_OVER, Reason.Code.POOL_DREW);
        assertThat(decision.explanation().candidates())
                .extracting(c -> c.repId().value())
                .containsExactly("A", "B", "C");
        assertThat(ReasonWords.ENGLISH.words(decision.explanation().reason()))
                .startsWith("rule Enterprise sent the lead to pool ")
                .contains("every member was passed over, so it fell through to rule Everyone: pool ");
    }

    @Test
    void fallback_skips_the_later_rules_and_the_routers_fallback_decides() {
        Assignment decision = route(router(WhenPassedOver.FALLBACK));

        assertThat(decision.repId()).isEqualTo(D);
        assertThat(decision.explanation().rule()).isNull();
        assertThat(decision.explanation().reason()).isInstanceOfSatisfying(Reason.FellThrough.class, fell -> {
            assertThat(fell.to()).isEqualTo("FALLBACK");
            assertThat(fell.nextRule()).isNull();
            assertThat(fell.then()).isEqualTo(new Reason.ToRep(D, "Rep D"));
        });
    }

    @Test
    void next_rule_with_no_later_rule_matching_ends_at_the_routers_fallback() {
        Router router = new Router(
                RouterId.random(),
                "Inbound",
                1,
                List.of(
                        new Rule(
                                "Enterprise",
                                Group.matchAll(),
                                new RuleAction.RouteToPool(enterprise.id(), WhenPassedOver.NEXT_RULE)),
                        new Rule(
                                "Partners",
                                Compare.of(JOB_TITLE, CONTAINS, "partner"),
                                new RuleAction.Disqualify("partner"))),
                new RuleAction.RouteToRep(D));

        Assignment decision = route(router);

        assertThat(decision.repId()).isEqualTo(D);
        assertThat(ReasonWords.ENGLISH.words(decision.explanation().reason()))
                .contains("fell through to the router's fallback: to Rep D");
    }

    @Test
    void a_pool_with_an_overflow_sends_the_lead_there_and_does_not_fall_through() {
        world.pools.replace(new Pool(
                enterprise.id(),
                enterprise.name(),
                enterprise.strategy(),
                enterprise.members(),
                enterprise.timeZone(),
                new Overflow(null, C),
                enterprise.options(),
                enterprise.maxLead()));

        Assignment decision = route(router(WhenPassedOver.FALLBACK));

        assertThat(decision.repId()).isEqualTo(C);
        assertThat(decision.explanation().reason().code()).isEqualTo(Reason.Code.POOL_PASSED_OVER);
    }

    @Test
    void a_fall_through_is_stored_and_read_back_as_the_same_reason() {
        Reason reason = route(router(WhenPassedOver.NEXT_RULE)).explanation().reason();

        assertThat(Reason.of(reason.code(), reason.values(), reason.inner())).isEqualTo(reason);
    }

    @Test
    void only_a_rules_own_pool_action_may_fall_through() {
        assertThatThrownBy(() -> new Router(
                        RouterId.random(),
                        "Inbound",
                        1,
                        List.of(),
                        new RuleAction.RouteToPool(enterprise.id(), WhenPassedOver.NEXT_RULE)))
                .isInstanceOfSatisfying(InputRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
                    assertThat(rejected.field()).isEqualTo("fallback.whenPassedOver");
                });
        assertThatThrownBy(() -> new RuleAction.RouteToAccountOwner(
                        new RuleAction.RouteToPool(enterprise.id(), WhenPassedOver.FALLBACK)))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("fallback.whenPassedOver"));
    }
}
