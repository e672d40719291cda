package dev.switchboard.routing.qualification;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.DIRECTOR;
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
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.routing.World;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualificationTest {

    private final Qualification screening = new Qualification(
            FreeMailDomains.shipped(),
            true,
            List.of("rival.example"),
            List.of("Student", "intern"),
            List.of(
                    new ScoringRule(
                            "Executives", Compare.of(LeadField.JOB_TITLE, Operator.CONTAINS, "vp", "chief"), 40),
                    new ScoringRule(
                            "Mid-market", Compare.of(LeadField.EMPLOYEES, Operator.BETWEEN, "100", "1000"), 25)),
            60,
            30);

    private static LeadDetails lead(String email, String title, Integer employees) {
        return new LeadDetails(
                "Pat",
                new EmailAddress(email),
                null,
                null,
                null,
                employees,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                title,
                5,
                List.of());
    }

    @Test
    void free_mail_competitors_and_title_keywords_disqualify() {
        assertThat(screening.apply(lead("pat@Gmail.com", "CTO", null)).disqualified())
                .isEqualTo("free-mail address (gmail.com)");
        assertThat(screening.apply(lead("pat@eu.rival.example", "CTO", null)).disqualified())
                .isEqualTo("competitor domain (eu.rival.example)");
        assertThat(screening.apply(lead("pat@uni.example", "PhD student", null)).disqualified())
                .isEqualTo("job title contains \"student\"");
        assertThat(screening.apply(lead("pat@acme.example", "CTO", null)).disqualified())
                .isNull();
    }

    @Test
    void free_mail_is_allowed_unless_the_admin_asks_to_reject_it() {
        assertThat(Qualification.none(FreeMailDomains.shipped())
                        .apply(lead("pat@gmail.com", "CTO", null))
                        .disqualified())
                .isNull();
        assertThat(FreeMailDomains.shipped()).contains("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com");
    }

    @Test
    void scoring_rules_add_to_the_form_score_and_the_total_picks_the_tier() {
        Qualification.Result hot = screening.apply(lead("pat@acme.example", "VP Sales", 250));
        Qualification.Result warm = screening.apply(lead("pat@acme.example", "VP Sales", 20));
        Qualification.Result cold = screening.apply(lead("pat@acme.example", "Engineer", 20));

        assertThat(hot.facts().qualifiedScore()).isEqualTo(70);
        assertThat(hot.facts().tier()).isEqualTo("hot");
        assertThat(hot.earned()).containsExactly("Executives", "Mid-market");
        assertThat(warm.facts().tier()).isEqualTo("warm");
        assertThat(cold.facts().qualifiedScore()).isEqualTo(5);
        assertThat(cold.facts().tier()).isEqualTo("cold");
    }

    @Test
    void tiers_need_both_thresholds_in_order() {
        assertThatThrownBy(() -> new Qualification(null, false, null, null, null, 50, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("warmAt"));
        assertThatThrownBy(() -> new Qualification(null, false, null, null, null, 20, 30))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void routing_screens_before_the_rules_and_rules_can_send_hot_leads_elsewhere() {
        World world = new World();
        world.qualifications.replace(screening);
        Pool team = world.pool(A, B);
        Router router = new Router(
                RouterId.random(),
                "Inbound",
                1,
                List.of(new Rule(
                        "Hot leads",
                        Compare.of(LeadField.TIER, Operator.EQUALS, "hot"),
                        new RuleAction.RouteToRep(DIRECTOR))),
                new RuleAction.RouteToPool(team.id()));

        Assignment personal =
                world.routeLead.route(stored(lead("pat@hotmail.com", "VP", 250)), router, Instant.now(world.clock));
        Assignment hot = world.routeLead.route(
                stored(lead("pat@acme.example", "VP Sales", 250)), router, Instant.now(world.clock));
        Assignment cold = world.routeLead.route(
                stored(lead("pat@acme.example", "Engineer", 20)), router, Instant.now(world.clock));

        assertThat(personal.outcome()).isEqualTo(Outcome.DISQUALIFIED);
        assertThat(personal.explanation().qualification().disqualified()).isEqualTo("free-mail address (hotmail.com)");
        assertThat(personal.explanation().rule()).as("no rule ran").isNull();
        assertThat(hot.repId()).isEqualTo(DIRECTOR);
        assertThat(hot.explanation().qualification().tier()).isEqualTo("hot");
        assertThat(cold.repId()).isEqualTo(A);
        assertThat(world.rotations.turnsTaken(team.id()))
                .as("disqualified and hot leads took no turn")
                .isEqualTo(1);
    }

    private static Lead stored(LeadDetails details) {
        return new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);
    }
}
