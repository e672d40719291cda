package dev.switchboard.domain.model.rule;

import static dev.switchboard.domain.model.rule.LeadField.*;
import static dev.switchboard.domain.model.rule.Operator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.RuleAction.Disqualify;
import dev.switchboard.domain.model.rule.RuleAction.Escalate;
import dev.switchboard.domain.model.rule.RuleAction.RouteToPool;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final RouteToPool EMEA = new RouteToPool(new PoolId("emea"));
    private static final RouteToPool GENERAL = new RouteToPool(new PoolId("general"));

    private final Router router = new Router(
            RouterId.random(),
            "Inbound",
            1,
            List.of(
                    new Rule("Students", Compare.of(JOB_TITLE, CONTAINS, "student"), new Disqualify("student")),
                    new Rule(
                            "Big deals",
                            Compare.of(DEAL_VALUE, GREATER_THAN, "100000"),
                            new Escalate(null, new RepId("director"), "large deal")),
                    new Rule(
                            "Europe",
                            new InTerritory(List.of(Territory.country("FR"), Territory.country("DE"))),
                            EMEA)),
            GENERAL);

    private static LeadFacts lead(String country, String dealValue, String title) {
        LeadDetails sample = SampleLeads.prospect(1);
        return LeadFacts.of(new LeadDetails(
                sample.name(),
                sample.email(),
                null,
                "Acme",
                null,
                null,
                null,
                country,
                null,
                null,
                null,
                dealValue == null ? null : new BigDecimal(dealValue),
                null,
                null,
                title,
                null,
                List.of()));
    }

    @Test
    void the_first_rule_that_holds_decides_and_earlier_rules_say_why_they_did_not() {
        RuleMatch match = router.match(lead("Germany", "5000", "CTO"));

        assertThat(match.ruleName()).isEqualTo("Europe");
        assertThat(match.action()).isEqualTo(EMEA);
        assertThat(match.misses()).extracting(RuleMatch.Miss::ruleName).containsExactly("Students", "Big deals");
        assertThat(match.misses().get(1).verdict().explain(lead("Germany", "5000", "CTO")))
                .isEqualTo("deal value 5000 not greater than 100000");
    }

    @Test
    void order_matters_a_big_european_deal_escalates_before_it_reaches_europe() {
        assertThat(router.match(lead("France", "250000", "CFO")).ruleName()).isEqualTo("Big deals");
    }

    @Test
    void a_lead_no_rule_matches_takes_the_fallback() {
        RuleMatch match = router.match(lead("Brazil", null, "CTO"));

        assertThat(match.fellBack()).isTrue();
        assertThat(match.action()).isEqualTo(GENERAL);
        assertThat(match.misses()).hasSize(3);
    }

    @Test
    void a_router_without_a_fallback_is_rejected() {
        assertThatThrownBy(() -> new Router(RouterId.random(), "Inbound", 1, List.of(), null))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED);
                    assertThat(e.field()).isEqualTo("fallback");
                });
    }

    @Test
    void rule_names_are_unique_within_a_router() {
        Rule europe = new Rule("Europe", Group.matchAll(), EMEA);
        Rule again = new Rule("europe", Group.matchAll(), GENERAL);
        assertThatThrownBy(() -> new Router(RouterId.random(), "Inbound", 1, List.of(europe, again), GENERAL))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("rules[1].name"));
    }

    @Test
    void revising_a_router_makes_its_next_version() {
        Router next = router.revise("Inbound v2", List.of(), GENERAL);

        assertThat(next.id()).isEqualTo(router.id());
        assertThat(next.version()).isEqualTo(2);
        assertThat(router.version()).isEqualTo(1);
    }

    @Test
    void escalation_names_exactly_one_target() {
        assertThatThrownBy(() -> new Escalate(new PoolId("p"), new RepId("r"), "x"))
                .isInstanceOf(InputRejected.class);
        assertThatThrownBy(() -> new Escalate(null, null, "x")).isInstanceOf(InputRejected.class);
    }
}
