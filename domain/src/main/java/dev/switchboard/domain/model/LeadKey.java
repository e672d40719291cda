package dev.switchboard.domain.model;

import static dev.switchboard.domain.model.FieldKind.COUNTRY;
import static dev.switchboard.domain.model.FieldKind.EMAIL;
import static dev.switchboard.domain.model.FieldKind.HIDDEN;
import static dev.switchboard.domain.model.FieldKind.NUMBER;
import static dev.switchboard.domain.model.FieldKind.PHONE;
import static dev.switchboard.domain.model.FieldKind.SELECT;
import static dev.switchboard.domain.model.FieldKind.TEXT;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The form field keys that fill a lead's own fields (which routing reads); every other key is a custom attribute. A
 * key takes only the kinds that can hold its field's value: {@code email} is an EMAIL, {@code companySize} (the
 * lead's employees) a NUMBER or a SELECT of whole numbers.
 */
public enum LeadKey {
    NAME("name", "name", Type.TEXT, Text.SHORT, Set.of(TEXT), LeadDetails::name),
    EMAIL_ADDRESS(
            "email",
            "email",
            Type.TEXT,
            EmailAddress.MAX,
            Set.of(EMAIL),
            d -> d.email().value()),
    PHONE_NUMBER("phone", "phone", Type.TEXT, 40, Set.of(PHONE, TEXT), LeadDetails::phone),
    COMPANY("company", "company", Type.TEXT, Text.SHORT, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::company),
    COMPANY_SIZE("companySize", "employees", Type.WHOLE, 0, Set.of(NUMBER, SELECT, HIDDEN), LeadDetails::employees),
    INDUSTRY("industry", "industry", Type.TEXT, Text.SHORT, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::industry),
    ANNUAL_REVENUE(
            "annualRevenue",
            "annualRevenue",
            Type.DECIMAL,
            0,
            Set.of(NUMBER, SELECT, HIDDEN),
            LeadDetails::annualRevenue),
    COUNTRY_NAME("country", "country", Type.TEXT, 100, Set.of(COUNTRY, TEXT, SELECT, HIDDEN), LeadDetails::country),
    REGION("region", "region", Type.TEXT, 100, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::region),
    POSTAL_CODE("postalCode", "postalCode", Type.TEXT, 20, Set.of(TEXT, HIDDEN), LeadDetails::postalCode),
    TITLE("title", "jobTitle", Type.TEXT, Text.SHORT, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::jobTitle),
    PRODUCT("product", "product", Type.TEXT, Text.SHORT, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::product),
    DEAL_VALUE("dealValue", "dealValue", Type.DECIMAL, 0, Set.of(NUMBER, SELECT, HIDDEN), LeadDetails::dealValue),
    SOURCE("source", "source", Type.TEXT, Text.SHORT, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::source),
    LANGUAGE("language", "language", Type.TEXT, 50, Set.of(TEXT, SELECT, HIDDEN), LeadDetails::language),
    SCORE("score", "score", Type.WHOLE, 0, Set.of(NUMBER, SELECT, HIDDEN), LeadDetails::score);

    /** The keys whose values a known prospect may skip: what accounts and earlier leads tell of a company. */
    public static final Set<LeadKey> SKIPPABLE = EnumSet.of(COMPANY, COMPANY_SIZE, COUNTRY_NAME, INDUSTRY);

    /** How the value is held on the lead. */
    enum Type {
        TEXT,
        WHOLE,
        DECIMAL
    }

    private final String key;
    private final String leadField;
    private final Type type;
    private final int maxLength;
    private final Set<FieldKind> kinds;
    private final Function<LeadDetails, Object> read;

    LeadKey(
            String key,
            String leadField,
            Type type,
            int maxLength,
            Set<FieldKind> kinds,
            Function<LeadDetails, Object> read) {
        this.key = key;
        this.leadField = leadField;
        this.type = type;
        this.maxLength = maxLength;
        this.kinds = kinds;
        this.read = read;
    }

    /** The form field key, e.g. {@code companySize}. */
    public String key() {
        return key;
    }

    /** The lead's field it fills, as the API names it (e.g. {@code employees}). */
    public String leadField() {
        return leadField;
    }

    Type type() {
        return type;
    }

    /** The longest text the lead's field holds; 0 for numbers. */
    int maxLength() {
        return maxLength;
    }

    boolean takes(FieldKind kind) {
        return kinds.contains(kind);
    }

    Set<FieldKind> kinds() {
        return kinds;
    }

    public static Optional<LeadKey> of(String key) {
        for (LeadKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The value this key fills on the details, as text (numbers in plain decimal); null when blank. */
    public String readFrom(LeadDetails details) {
        Object value = read.apply(details);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /**
     * Lead details from values by key (already checked, so each parses) and custom attributes. Name and email must be
     * among the values; what the details reject is rejected under the key's name.
     */
    static LeadDetails details(Map<LeadKey, String> values, List<Attribute> attributes) {
        Map<LeadKey, String> v = new EnumMap<>(LeadKey.class);
        v.putAll(values);
        return new LeadDetails(
                v.get(NAME),
                v.get(EMAIL_ADDRESS) == null ? null : new EmailAddress(v.get(EMAIL_ADDRESS)),
                v.get(PHONE_NUMBER),
                v.get(COMPANY),
                v.get(INDUSTRY),
                whole(v.get(COMPANY_SIZE)),
                decimal(v.get(ANNUAL_REVENUE)),
                v.get(COUNTRY_NAME),
                v.get(REGION),
                v.get(POSTAL_CODE),
                v.get(PRODUCT),
                decimal(v.get(DEAL_VALUE)),
                v.get(SOURCE),
                v.get(LANGUAGE),
                v.get(TITLE),
                whole(v.get(SCORE)),
                attributes);
    }

    /** Every value of the details by key, blanks left out. */
    static Map<LeadKey, String> valuesOf(LeadDetails details) {
        Map<LeadKey, String> values = new EnumMap<>(LeadKey.class);
        for (LeadKey k : values()) {
            String value = k.readFrom(details);
            if (value != null) {
                values.put(k, value);
            }
        }
        return values;
    }

    /** The details without the values of the fields the server filled (custom attributes included). */
    public static LeadDetails without(LeadDetails details, List<FieldSource> sources) {
        Set<String> filled = new java.util.HashSet<>();
        sources.stream().filter(FieldSource::filledByServer).forEach(s -> filled.add(s.field()));
        Map<LeadKey, String> values = valuesOf(details);
        values.keySet().removeIf(k -> filled.contains(k.key));
        List<Attribute> attributes = details.attributes().stream()
                .filter(a -> !filled.contains(a.key()))
                .toList();
        return details(values, attributes);
    }

    private static Integer whole(String value) {
        return value == null ? null : new BigDecimal(value).intValueExact();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
