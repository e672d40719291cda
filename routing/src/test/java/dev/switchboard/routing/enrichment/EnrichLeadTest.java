package dev.switchboard.routing.enrichment;

import static dev.switchboard.domain.model.rule.LeadField.EMPLOYEES;
import static dev.switchboard.domain.model.rule.LeadField.INDUSTRY;
import static dev.switchboard.domain.model.rule.Operator.EQUALS;
import static dev.switchboard.domain.model.rule.Operator.GREATER_OR_EQUAL;
import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.CompanyProfile;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.routing.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichLeadTest {

    private final World world = new World();
    private Router router;

    @BeforeEach
    void givenAcmeKnownAsASoftwareCompanyOf250PeopleInFrance() {
        world.accounts.add(new Account(
                AccountId.random(), "Acme", List.of("acme.com"), C, "Software", 250, new BigDecimal("40000000"), "FR"));
        router = new Router(
                RouterId.random(),
                "Inbound",
                1,
                List.of(new Rule(
                        "Software mid-market",
                        Group.all(
                                Compare.of(INDUSTRY, EQUALS, "Software"),
                                Compare.of(EMPLOYEES, GREATER_OR_EQUAL, "100")),
                        new RuleAction.RouteToRep(A))),
                new RuleAction.RouteToRep(B));
    }

    private static Lead lead(String email, String industry) {
        LeadDetails details = new LeadDetails(
                "Pat",
                new EmailAddress(email),
                null,
                null,
                industry,
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
        return new Lead(
                LeadId.random(), details, null, new PoolId("direct"), Instant.parse("2026-11-23T09:00:00Z"), null);
    }

    private Assignment route(Lead lead) {
        return world.routeLead.route(lead, router, lead.submittedAt());
    }

    @Test
    void a_lead_from_a_subdomain_of_a_known_account_is_routed_on_the_accounts_industry_and_size() {
        Assignment decision = route(lead("pat@eu.acme.com", null));

        assertThat(decision.repId()).isEqualTo(A);
        assertThat(decision.explanation().enrichment())
                .containsExactly(
                        new Explanation.Filled("company", "Acme", "account Acme"),
                        new Explanation.Filled("industry", "Software", "account Acme"),
                        new Explanation.Filled("employees", "250", "account Acme"),
                        new Explanation.Filled("annualRevenue", "40000000", "account Acme"),
                        new Explanation.Filled("country", "FR", "account Acme"));
    }

    @Test
    void what_the_prospect_typed_wins_over_the_account_data() {
        Assignment decision = route(lead("pat@acme.com", "Retail"));

        assertThat(decision.repId()).isEqualTo(B);
        assertThat(decision.explanation().enrichment())
                .extracting(Explanation.Filled::field)
                .doesNotContain("industry")
                .contains("employees");
    }

    @Test
    void a_lead_from_an_unknown_domain_is_routed_as_submitted() {
        Assignment decision = route(lead("pat@other.example", null));

        assertThat(decision.repId()).isEqualTo(B);
        assertThat(decision.explanation().enrichment()).isEmpty();
    }

    @Test
    void a_lead_whose_firmographics_are_all_given_is_not_looked_up() {
        List<String> asked = new ArrayList<>();
        CompanyProfiles recording = domain -> {
            asked.add(domain);
            return Optional.of(new CompanyProfile("test", "X", "Y", 1, BigDecimal.ONE, "FR"));
        };
        LeadDetails complete = new LeadDetails(
                "Pat",
                new EmailAddress("pat@acme.com"),
                null,
                "Acme",
                "Software",
                250,
                BigDecimal.TEN,
                "FR",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());

        EnrichLead.Enriched enriched = new EnrichLead(recording).enrich(complete);

        assertThat(enriched.details()).isEqualTo(complete);
        assertThat(enriched.filled()).isEmpty();
        assertThat(asked).isEmpty();
    }
}
