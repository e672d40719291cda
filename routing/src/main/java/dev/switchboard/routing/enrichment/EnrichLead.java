package dev.switchboard.routing.enrichment;

import dev.switchboard.domain.model.CompanyProfile;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.port.CompanyProfiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the blank firmographics of a lead (company, industry, employees, annual revenue, country) from
 * the profile of the company its email domain belongs to, before qualification and rules see it. What
 * the prospect typed always wins; the stored lead keeps exactly what was submitted, and the decision's
 * explanation lists each filled value with its source.
 */
public final class EnrichLead {

    /** The details routing works on, and the values enrichment put in. */
    public record Enriched(LeadDetails details, List<Explanation.Filled> filled) {
        public Enriched {
            Objects.requireNonNull(details, "details");
            filled = List.copyOf(filled);
        }
    }

    private final CompanyProfiles profiles;

    public EnrichLead(CompanyProfiles profiles) {
        this.profiles = profiles;
    }

    public Enriched enrich(LeadDetails details) {
        if (details.firmographicsComplete()) {
            return new Enriched(details, List.of());
        }
        Optional<CompanyProfile> profile =
                profiles.forEmailDomain(details.email().domain());
        if (profile.isEmpty()) {
            return new Enriched(details, List.of());
        }
        LeadDetails filled = details.filledFrom(profile.get());
        List<Explanation.Filled> what = new ArrayList<>();
        String source = profile.get().source();
        note(what, "company", details.company(), filled.company(), source);
        note(what, "industry", details.industry(), filled.industry(), source);
        note(what, "employees", details.employees(), filled.employees(), source);
        note(what, "annualRevenue", details.annualRevenue(), filled.annualRevenue(), source);
        note(what, "country", details.country(), filled.country(), source);
        return new Enriched(filled, what);
    }

    private static void note(List<Explanation.Filled> what, String field, Object given, Object now, String source) {
        if (given == null && now != null) {
            String value = now instanceof BigDecimal amount ? amount.toPlainString() : now.toString();
            what.add(new Explanation.Filled(field, value, source));
        }
    }
}
