package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.LeadDetails;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What conditions are evaluated against: the submitted details plus what qualification derived
 * (the qualified score and its tier).
 */
public record LeadFacts(LeadDetails details, int qualifiedScore, String tier) {

    public LeadFacts {
        Objects.requireNonNull(details, "details");
    }

    /** Facts for a lead that went through no scoring: its own score, no tier. */
    public static LeadFacts of(LeadDetails details) {
        return new LeadFacts(details, details.score() == null ? 0 : details.score(), null);
    }

    /** The value of a field: a String, a BigDecimal, or null when the lead does not have it. */
    public Object value(FieldRef ref) {
        switch (ref.field()) {
            case QUALIFIED_SCORE:
                return BigDecimal.valueOf(qualifiedScore);
            case TIER:
                return tier;
            case ATTRIBUTE:
                return details.attributes().stream().filter(a -> a.key().equalsIgnoreCase(ref.attributeKey()))
                        .map(Attribute::value).findFirst().orElse(null);
            default:
                return ref.field().readFrom(details);
        }
    }
}
