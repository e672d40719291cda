package dev.switchboard.domain.model.rule;

import static dev.switchboard.domain.model.rule.LeadField.COUNTRY;
import static dev.switchboard.domain.model.rule.LeadField.EMPLOYEES;
import static dev.switchboard.domain.model.rule.LeadField.INDUSTRY;
import static dev.switchboard.domain.model.rule.Operator.CONTAINS;
import static dev.switchboard.domain.model.rule.Operator.EQUALS;
import static dev.switchboard.domain.model.rule.Operator.GREATER_THAN;
import static dev.switchboard.domain.model.rule.Operator.IN;
import static dev.switchboard.domain.model.rule.Operator.NOT_IN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index only skips rules that cannot match: a router picks the same rule as trying every rule in order. */
class RuleIndexTest {

    private static final String[] COUNTRIES = {"France", "Germany", "US", "Canada", "Spain"};
    private static final String[] INDUSTRIES = {"Software", "Retail", "Banking"};
    private static final RuleAction ANYWHERE = new RuleAction.RouteToRep(new RepId("A"));

    private final Random random = new Random(42);

    @Test
    void a_router_of_two_hundred_country_rules_tests_a_french_lead_against_the_french_rule_only() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 199; i++) {
            rules.add(new Rule(
                    "North America " + i,
                    Group.all(
                            Compare.of(COUNTRY, IN, "US", "Canada"),
                            Compare.of(EMPLOYEES, GREATER_THAN, String.valueOf(i))),
                    ANYWHERE));
        }
        rules.add(new Rule("France", Compare.of(COUNTRY, EQUALS, "France"), ANYWHERE));
        RuleIndex index = RuleIndex.of(rules);

        assertThat(index.candidates(facts(" FRANCE ", null, 10, null)).cardinality())
                .isEqualTo(1);
        assertThat(index.candidates(facts(null, null, 10, null)).cardinality())
                .as("no country: no guarded rule can match")
                .isZero();
        assertThat(index.guardFields()).containsExactly(FieldRef.of(COUNTRY));
    }

    @Test
    void on_thousands_of_random_routers_and_leads_the_indexed_match_is_the_first_rule_that_holds() {
        for (int r = 0; r < 500; r++) {
            Router router = new Router(RouterId.random(), "Random", 1, randomRules(1 + random.nextInt(40)), ANYWHERE);
            for (int l = 0; l < 20; l++) {
                LeadFacts lead = facts(
                        maybe(COUNTRIES),
                        maybe(INDUSTRIES),
                        random.nextInt(5) == 0 ? null : random.nextInt(2000),
                        random.nextBoolean() ? null : maybe(new String[] {"pro", "free"}));
                assertThat(router.match(lead).ruleIndex())
                        .as("router %d lead %d", r, l)
                        .isEqualTo(firstHolding(router, lead));
            }
        }
    }

    private static int firstHolding(Router router, LeadFacts lead) {
        for (int i = 0; i < router.rules().size(); i++) {
            if (router.rules().get(i).condition().holds(lead)) {
                return i;
            }
        }
        return -1;
    }

    private List<Rule> randomRules(int count) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rules.add(new Rule("Rule " + i, randomCondition(2), ANYWHERE));
        }
        return rules;
    }

    private Condition randomCondition(int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        switch (kind) {
            case 0:
                return Compare.of(COUNTRY, EQUALS, pick(COUNTRIES));
            case 1:
                return Compare.of(COUNTRY, IN, pick(COUNTRIES), pick(COUNTRIES).toUpperCase());
            case 2:
                return Compare.of(INDUSTRY, IN, pick(INDUSTRIES), pick(INDUSTRIES));
            case 3:
                return Compare.of(COUNTRY, NOT_IN, pick(COUNTRIES));
            case 4:
                return new Compare(
                        FieldRef.attribute("plan"), random.nextBoolean() ? EQUALS : CONTAINS, List.of("pro"));
            case 5:
                return Compare.of(EMPLOYEES, GREATER_THAN, String.valueOf(random.nextInt(2000)));
            case 6:
                return Group.all(randomCondition(depth - 1), randomCondition(depth - 1), randomCondition(depth - 1));
            default:
                return Group.any(randomCondition(depth - 1), randomCondition(depth - 1));
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String maybe(String[] values) {
        return random.nextInt(6) == 0 ? null : pick(values);
    }

    private static LeadFacts facts(String country, String industry, Integer employees, String plan) {
        return LeadFacts.of(new LeadDetails(
                "Pat",
                new EmailAddress("pat@acme.example"),
                null,
                null,
                industry,
                employees,
                null,
                country,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                plan == null ? List.of() : List.of(new Attribute("plan", plan))));
    }
}
