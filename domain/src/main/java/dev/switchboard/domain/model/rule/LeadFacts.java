package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.Countries;
import dev.switchboard.domain.model.LeadDetails;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What conditions are evaluated against: the submitted details plus what qualification derived
 * (the qualified score and its tier).
 * <p>
 * A router tests the same few fields of one lead again and again (country in rule after rule), so
 * each field's value is read and normalised once, on first use, and kept here: evaluating a
 * condition then builds no strings and boxes no numbers. Instances are used by one decision at a
 * time and are not shared between threads.
 */
public final class LeadFacts {

    private static final Object ABSENT = new Object();
    private static final LeadField[] FIELDS = LeadField.values();

    private final LeadDetails details;
    private final int qualifiedScore;
    private final String tier;
    private final Object[] normalised = new Object[FIELDS.length];

    public LeadFacts(LeadDetails details, int qualifiedScore, String tier) {
        this.details = Objects.requireNonNull(details, "details");
        this.qualifiedScore = qualifiedScore;
        this.tier = tier;
    }

    /** Facts for a lead that went through no scoring: its own score, no tier. */
    public static LeadFacts of(LeadDetails details) {
        return new LeadFacts(details, details.score() == null ? 0 : details.score(), null);
    }

    public LeadDetails details() {
        return details;
    }

    public int qualifiedScore() {
        return qualifiedScore;
    }

    public String tier() {
        return tier;
    }

    /** The value of a field as given: a String, a BigDecimal, or null when the lead does not have it. */
    public Object value(FieldRef ref) {
        switch (ref.field()) {
            case QUALIFIED_SCORE:
                return BigDecimal.valueOf(qualifiedScore);
            case TIER:
                return tier;
            case ATTRIBUTE:
                return attribute(ref.attributeKey());
            default:
                return ref.field().readFrom(details);
        }
    }

    /** A text field's value trimmed and lower-cased, as conditions compare it; null when absent. */
    String text(FieldRef ref) {
        if (ref.field() == LeadField.ATTRIBUTE) {
            String value = attribute(ref.attributeKey());
            return value == null ? null : normal(value);
        }
        Object cached = normalised[ref.field().ordinal()];
        if (cached == null) {
            Object value = value(ref);
            cached = value == null ? ABSENT : normal(ref.field(), value.toString());
            normalised[ref.field().ordinal()] = cached;
        }
        return cached == ABSENT ? null : (String) cached;
    }

    /** A number field's value; null when absent. */
    BigDecimal number(FieldRef ref) {
        Object cached = normalised[ref.field().ordinal()];
        if (cached == null) {
            Object value = value(ref);
            cached = value == null ? ABSENT : value;
            normalised[ref.field().ordinal()] = cached;
        }
        return cached == ABSENT ? null : (BigDecimal) cached;
    }

    private String attribute(String key) {
        for (Attribute attribute : details.attributes()) {
            if (attribute.key().equalsIgnoreCase(key)) {
                return attribute.value();
            }
        }
        return null;
    }

    static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A field's text as conditions compare it. A country is read once into its ISO code however it was typed
     * (FR, FRA, France), for every operator, so a rule on FR matches a lead that typed France; an unknown country
     * stays as typed.
     */
    static String normal(LeadField field, String text) {
        if (field == LeadField.COUNTRY) {
            Optional<String> code = Countries.code(text);
            if (code.isPresent()) {
                return code.get().toLowerCase(Locale.ROOT);
            }
        }
        return normal(text);
    }

    @Override
    public String toString() {
        return "LeadFacts[" + details + ", score " + qualifiedScore + ", tier " + tier + "]";
    }
}
