package dev.switchboard.domain.model.rule;

import static dev.switchboard.domain.model.rule.LeadField.*;
import static dev.switchboard.domain.model.rule.Operator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {

    /** A lead from a 250-person French software company, a 30k deal, with a campaign attribute. */
    private final LeadFacts lead = LeadFacts.of(new LeadDetails(
            "Ada",
            new EmailAddress("ada@eu.Acme.com"),
            null,
            "Acme",
            "Software",
            250,
            null,
            "France",
            "Île-de-France",
            "75011",
            "Platform",
            new BigDecimal("30000"),
            "Webinar",
            "fr",
            "VP Sales",
            40,
            List.of(new Attribute("utm_campaign", "Spring-Launch"))));

    private boolean holds(Condition condition) {
        return condition.evaluate(lead).holds();
    }

    @Test
    void text_compares_ignore_case_and_space() {
        assertThat(holds(Compare.of(COUNTRY, EQUALS, " france "))).isTrue();
        assertThat(holds(Compare.of(INDUSTRY, IN, "Retail", "SOFTWARE"))).isTrue();
        assertThat(holds(Compare.of(INDUSTRY, NOT_IN, "Retail", "Banking"))).isTrue();
        assertThat(holds(Compare.of(JOB_TITLE, CONTAINS, "director", "vp"))).isTrue();
        assertThat(holds(Compare.of(COMPANY, STARTS_WITH, "ac"))).isTrue();
        assertThat(holds(Compare.of(COMPANY, ENDS_WITH, "corp"))).isFalse();
    }

    @Test
    void numbers_compare_by_value_with_between_inclusive() {
        assertThat(holds(Compare.of(EMPLOYEES, GREATER_THAN, "200"))).isTrue();
        assertThat(holds(Compare.of(EMPLOYEES, LESS_OR_EQUAL, "250"))).isTrue();
        assertThat(holds(Compare.of(EMPLOYEES, BETWEEN, "250", "1000"))).isTrue();
        assertThat(holds(Compare.of(DEAL_VALUE, GREATER_OR_EQUAL, "30000.00"))).isTrue();
        assertThat(holds(Compare.of(DEAL_VALUE, EQUALS, "30000.0"))).isTrue();
        assertThat(holds(Compare.of(SCORE, LESS_THAN, "40"))).isFalse();
    }

    @Test
    void a_missing_field_fails_every_test_but_the_negative_ones() {
        assertThat(holds(Compare.of(ANNUAL_REVENUE, GREATER_THAN, "0"))).isFalse();
        assertThat(holds(Compare.of(PHONE, EXISTS))).isFalse();
        assertThat(holds(Compare.of(PHONE, NOT_EXISTS))).isTrue();
        assertThat(holds(Compare.of(PHONE, NOT_EQUALS, "123"))).isTrue();
    }

    @Test
    void custom_attributes_are_tested_by_key() {
        assertThat(holds(new Compare(FieldRef.attribute("utm_campaign"), EQUALS, List.of("spring-launch"))))
                .isTrue();
        assertThat(holds(new Compare(FieldRef.attribute("partner"), EXISTS, List.of())))
                .isFalse();
    }

    @Test
    void email_domains_match_the_domain_or_any_subdomain_but_not_a_lookalike() {
        assertThat(holds(Compare.of(EMAIL, DOMAIN_IN, "acme.com"))).isTrue();
        assertThat(holds(Compare.of(EMAIL_DOMAIN, DOMAIN_IN, "ACME.COM"))).isTrue();
        assertThat(holds(Compare.of(EMAIL, DOMAIN_IN, "me.com"))).isFalse();
    }

    @Test
    void territories_read_countries_by_name_or_code_and_narrow_by_region_or_postal_code() {
        assertThat(holds(new InTerritory(List.of(Territory.country("FR"))))).isTrue();
        assertThat(holds(new InTerritory(List.of(new Territory("FRA", null, "75", null, null)))))
                .isTrue();
        assertThat(holds(new InTerritory(List.of(new Territory("France", null, null, "69000", "69999")))))
                .isFalse();
        assertThat(holds(new InTerritory(List.of(new Territory("fr", "île-de-france", null, null, null)))))
                .isTrue();
        assertThat(holds(new InTerritory(List.of(Territory.country("Germany"), Territory.country("US")))))
                .isFalse();
    }

    @Test
    void groups_nest_and_an_empty_group_matches_every_lead() {
        Condition enterpriseOrHot = Group.any(
                Compare.of(EMPLOYEES, GREATER_THAN, "1000"),
                Group.all(Compare.of(SCORE, GREATER_OR_EQUAL, "30"), Compare.of(SOURCE, EQUALS, "webinar")));

        assertThat(holds(enterpriseOrHot)).isTrue();
        assertThat(holds(Group.matchAll())).isTrue();
        assertThat(holds(new Group(Group.Join.ANY, List.of()))).isTrue();
    }

    @Test
    void a_failed_condition_says_which_part_failed() {
        Condition rule = Group.all(Compare.of(COUNTRY, EQUALS, "France"), Compare.of(EMPLOYEES, GREATER_THAN, "1000"));

        Verdict verdict = rule.evaluate(lead);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.explain(lead)).isEqualTo("employees 250 not greater than 1000");
    }

    @Test
    void an_operator_that_does_not_fit_the_field_is_rejected() {
        assertThatThrownBy(() -> Compare.of(EMPLOYEES, CONTAINS, "5"))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT);
                    assertThat(e.field()).isEqualTo("operator");
                });
        assertThatThrownBy(() -> Compare.of(DEAL_VALUE, GREATER_THAN, "a lot"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("values[0]"));
        assertThatThrownBy(() -> Compare.of(EMPLOYEES, BETWEEN, "100"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("values"));
        assertThatThrownBy(() -> Compare.of(EMPLOYEES, BETWEEN, "500", "100"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
        assertThatThrownBy(() -> new Territory("Atlantis", null, null, null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("country"));
    }

    @Test
    void conditions_cannot_nest_without_bound() {
        Condition deep = Compare.of(COUNTRY, EXISTS);
        for (int i = 0; i < Condition.MAX_DEPTH - 1; i++) {
            deep = Group.all(deep);
        }
        Condition deepest = deep;
        assertThatThrownBy(() -> Group.all(deepest))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
    }
}
