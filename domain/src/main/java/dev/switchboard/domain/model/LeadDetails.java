package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a prospect told us on a form: contact, firmographics, intent, a score and custom attributes.
 * Every field is checked here, so whatever holds a {@code LeadDetails} may trust it.
 * Free text is trimmed and bounded by {@link Text#SHORT}; custom attributes by {@link #MAX_ATTRIBUTES}.
 */
public record LeadDetails(
        String name,
        EmailAddress email,
        String phone,
        String company,
        String industry,
        Integer employees,
        BigDecimal annualRevenue,
        String country,
        String region,
        String postalCode,
        String product,
        BigDecimal dealValue,
        String source,
        String language,
        String jobTitle,
        Integer score,
        List<Attribute> attributes) {

    public static final int MAX_ATTRIBUTES = 50;
    public static final int MAX_EMPLOYEES = 10_000_000;
    public static final int MAX_SCORE = 100_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    public LeadDetails {
        name = Text.required("name", name, Text.SHORT);
        if (email == null) {
            throw InputRejected.required("email");
        }
        phone = Text.optional("phone", phone, 40);
        company = Text.optional("company", company, Text.SHORT);
        industry = Text.optional("industry", industry, Text.SHORT);
        employees = within("employees", employees, 0, MAX_EMPLOYEES);
        annualRevenue = amount("annualRevenue", annualRevenue);
        country = Text.optional("country", country, 100);
        region = Text.optional("region", region, 100);
        postalCode = Text.optional("postalCode", postalCode, 20);
        product = Text.optional("product", product, Text.SHORT);
        dealValue = amount("dealValue", dealValue);
        source = Text.optional("source", source, Text.SHORT);
        language = Text.optional("language", language, 50);
        jobTitle = Text.optional("jobTitle", jobTitle, Text.SHORT);
        score = within("score", score, -MAX_SCORE, MAX_SCORE);
        attributes = attributes(attributes);
    }

    static Integer within(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    static BigDecimal amount(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, field, field + " must be between 0 and " + MAX_AMOUNT.toPlainString());
        }
        return value;
    }

    /**
     * These details with the blanks among company, industry, employees, annual revenue and country
     * filled from a company profile; what the prospect gave is never replaced.
     */
    public LeadDetails filledFrom(CompanyProfile profile) {
        return new LeadDetails(
                name,
                email,
                phone,
                company != null ? company : profile.company(),
                industry != null ? industry : profile.industry(),
                employees != null ? employees : profile.employees(),
                annualRevenue != null ? annualRevenue : profile.annualRevenue(),
                country != null ? country : profile.country(),
                region,
                postalCode,
                product,
                dealValue,
                source,
                language,
                jobTitle,
                score,
                attributes);
    }

    /** Whether every firmographic that enrichment can fill is already given. */
    public boolean firmographicsComplete() {
        return company != null && industry != null && employees != null && annualRevenue != null && country != null;
    }

    /** Lets an adapter refuse an oversized list before it builds every element. */
    public static void checkAttributeCount(int count) {
        if (count > MAX_ATTRIBUTES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "attributes", "at most " + MAX_ATTRIBUTES + " attributes");
        }
    }

    private static List<Attribute> attributes(List<Attribute> attributes) {
        if (attributes == null) {
            return List.of();
        }
        checkAttributeCount(attributes.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            if (attribute == null) {
                throw InputRejected.required("attributes[" + i + "]");
            }
            if (!keys.add(attribute.key())) {
                throw new InputRejected(
                        ErrorCode.DUPLICATE,
                        "attributes[" + i + "].key",
                        "attribute " + attribute.key() + " is given twice");
            }
        }
        return List.copyOf(attributes);
    }
}
