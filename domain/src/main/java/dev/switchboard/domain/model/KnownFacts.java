package dev.switchboard.domain.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the server knows already of a prospect's company, by the email they give: from the account its domain
 * belongs to (the admin's own data, first) and from an earlier lead with the same email. Only the skippable keys
 * ({@link LeadKey#SKIPPABLE}) are held. These values never leave the server towards the prospect.
 */
public record KnownFacts(Map<LeadKey, Known> facts) {

    public static final KnownFacts NONE = new KnownFacts(Map.of());

    /** A known value and where it came from. */
    public record Known(String value, ValueSource source, String from) {}

    public KnownFacts {
        facts = Map.copyOf(facts);
    }

    public static KnownFacts of(Optional<CompanyProfile> account, Optional<Lead> earlier) {
        Map<LeadKey, Known> facts = new EnumMap<>(LeadKey.class);
        account.ifPresent(p -> {
            put(facts, LeadKey.COMPANY, p.company(), ValueSource.ACCOUNT, p.source());
            put(facts, LeadKey.COMPANY_SIZE, p.employees(), ValueSource.ACCOUNT, p.source());
            put(facts, LeadKey.COUNTRY_NAME, p.country(), ValueSource.ACCOUNT, p.source());
            put(facts, LeadKey.INDUSTRY, p.industry(), ValueSource.ACCOUNT, p.source());
        });
        earlier.ifPresent(lead -> {
            String from = "lead " + lead.id().value();
            for (LeadKey key : LeadKey.SKIPPABLE) {
                put(facts, key, key.readFrom(lead.details()), ValueSource.EARLIER_LEAD, from);
            }
        });
        return new KnownFacts(facts);
    }

    private static void put(Map<LeadKey, Known> facts, LeadKey key, Object value, ValueSource source, String from) {
        if (value != null && !value.toString().isBlank()) {
            facts.putIfAbsent(key, new Known(value.toString(), source, from));
        }
    }

    Optional<Known> of(LeadKey key) {
        return Optional.ofNullable(facts.get(key));
    }
}
