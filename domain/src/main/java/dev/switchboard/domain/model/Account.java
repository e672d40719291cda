package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A known company, recognised by its email domains, with the rep who owns it and what the admin knows
 * of it (industry, size, revenue, country), which fills the blanks of its leads before routing.
 *
 * @param industry the company's industry, or null; likewise employees, annualRevenue and country
 */
public record Account(
        AccountId id,
        String name,
        List<String> domains,
        RepId ownerId,
        String industry,
        Integer employees,
        BigDecimal annualRevenue,
        String country) {

    public static final int MAX_DOMAINS = 100;
    private static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public Account {
        Objects.requireNonNull(id, "id");
        // Each field is checked on its own, so that one answer names every one at fault.
        List<InputRejected> faults = new ArrayList<>();
        name = InputsRejected.collect(faults, name, v -> Text.required("name", v, Text.SHORT));
        domains = InputsRejected.collect(faults, domains, v -> domains(v));
        if (ownerId == null) {
            faults.add(InputRejected.required("ownerId"));
        }
        industry = InputsRejected.collect(faults, industry, v -> Text.optional("industry", v, Text.SHORT));
        // Held to a lead's own bounds, since these values fill leads.
        employees = InputsRejected.collect(
                faults, employees, v -> LeadDetails.within("employees", v, 0, LeadDetails.MAX_EMPLOYEES));
        annualRevenue = InputsRejected.collect(faults, annualRevenue, v -> LeadDetails.amount("annualRevenue", v));
        country = InputsRejected.collect(faults, country, v -> Text.optional("country", v, 100));
        InputsRejected.raise(faults);
    }

    /** An account with nothing known of the company but its name. */
    public Account(AccountId id, String name, List<String> domains, RepId ownerId) {
        this(id, name, domains, ownerId, null, null, null, null);
    }

    /** What the account tells of the company, for enrichment. */
    public CompanyProfile profile() {
        return new CompanyProfile("account " + name, name, industry, employees, annualRevenue, country);
    }

    private static List<String> domains(List<String> domains) {
        if (domains == null || domains.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "domains", "an account needs at least one domain");
        }
        if (domains.size() > MAX_DOMAINS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "domains", "at most " + MAX_DOMAINS + " domains");
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            String domain = normal(Text.required("domains[" + i + "]", domains.get(i), 253));
            if (!DOMAIN.matcher(domain).matches()) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "domains[" + i + "]", domain + " is not a domain name");
            }
            if (!clean.contains(domain)) {
                clean.add(domain);
            }
        }
        return List.copyOf(clean);
    }

    /** Lower case, no leading "www." or "@", as domains are compared. */
    public static String normal(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    /**
     * The domain and each parent domain, most specific first: {@code eu.sales.acme.com},
     * {@code sales.acme.com}, {@code acme.com}. A lead from any subdomain of an account's domain
     * belongs to the account.
     */
    public static List<String> candidates(String emailDomain) {
        String domain = normal(emailDomain);
        List<String> candidates = new ArrayList<>();
        while (domain.indexOf('.') > 0) {
            candidates.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return candidates;
    }
}
