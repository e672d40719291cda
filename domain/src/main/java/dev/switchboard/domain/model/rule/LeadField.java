package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.LeadDetails;
import java.math.BigDecimal;
import java.util.function.Function;

/** The lead fields routing conditions can test. Custom attributes are reached through {@link FieldRef}. */
public enum LeadField {
    NAME(FieldType.TEXT, LeadDetails::name),
    EMAIL(FieldType.TEXT, d -> d.email().value()),
    EMAIL_DOMAIN(FieldType.TEXT, d -> d.email().domain()),
    PHONE(FieldType.TEXT, LeadDetails::phone),
    COMPANY(FieldType.TEXT, LeadDetails::company),
    INDUSTRY(FieldType.TEXT, LeadDetails::industry),
    EMPLOYEES(FieldType.NUMBER, d -> d.employees() == null ? null : BigDecimal.valueOf(d.employees())),
    ANNUAL_REVENUE(FieldType.NUMBER, LeadDetails::annualRevenue),
    COUNTRY(FieldType.TEXT, LeadDetails::country),
    REGION(FieldType.TEXT, LeadDetails::region),
    POSTAL_CODE(FieldType.TEXT, LeadDetails::postalCode),
    PRODUCT(FieldType.TEXT, LeadDetails::product),
    DEAL_VALUE(FieldType.NUMBER, LeadDetails::dealValue),
    SOURCE(FieldType.TEXT, LeadDetails::source),
    LANGUAGE(FieldType.TEXT, LeadDetails::language),
    JOB_TITLE(FieldType.TEXT, LeadDetails::jobTitle),
    /** The score the form sent. */
    SCORE(FieldType.NUMBER, d -> d.score() == null ? null : BigDecimal.valueOf(d.score())),
    /** The form's score plus the points of the qualification's scoring rules. */
    QUALIFIED_SCORE(FieldType.NUMBER, d -> null),
    /** The tier (hot, warm, cold) the qualified score falls in. */
    TIER(FieldType.TEXT, d -> null),
    /** A custom attribute, named by the condition's attribute key. */
    ATTRIBUTE(FieldType.TEXT, d -> null);

    private final FieldType type;
    private final Function<LeadDetails, Object> read;

    LeadField(FieldType type, Function<LeadDetails, Object> read) {
        this.type = type;
        this.read = read;
    }

    public FieldType type() {
        return type;
    }

    /** The field's value on the submitted form; derived fields are read from {@link LeadFacts} instead. */
    Object readFrom(LeadDetails details) {
        return read.apply(details);
    }
}
