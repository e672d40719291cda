package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormAnswer;
import dev.switchboard.domain.model.FormAnswers;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadKey;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

record SubmitLeadInput(
        LeadDestinationInput to,
        String formId,
        String poolId,
        String name,
        String email,
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
        List<AttributeInput> attributes,
        String idempotencyKey,
        String honeypot,
        Instant startedAt,
        List<FormAnswerInput> answers) {

    record AttributeInput(String key, String value) {}

    /** Where the lead goes: exactly one form or pool (GraphQL checks it, @oneOf). */
    record LeadDestinationInput(String formId, String poolId) {}

    /** The form given in to, or else in the deprecated flat formId. */
    String form() {
        return to == null ? formId : to.formId();
    }

    /** The pool given in to, or else in the deprecated flat poolId. */
    String pool() {
        return to == null ? poolId : to.poolId();
    }

    /** A rejection of the form or pool sent inside to is named there: to.poolId, not poolId. */
    InputRejected named(InputRejected rejected) {
        boolean destination = "formId".equals(rejected.field()) || "poolId".equals(rejected.field());
        return to != null && destination && formId == null && poolId == null ? rejected.under("to") : rejected;
    }

    record FormAnswerInput(String field, String value, List<String> values) {}

    /** @param caller who sends it, whose scope the idempotency key is claimed in */
    SubmitLeadCommand toCommand(Caller caller) {
        if (to != null && (formId != null || poolId != null)) {
            throw new InputRejected(
                    ErrorCode.NOT_AN_OPTION,
                    formId != null ? "formId" : "poolId",
                    "give to or its older spelling formId/poolId, not both");
        }
        if (answers != null) {
            return new SubmitLeadCommand(
                    form() == null ? null : new FormId(form()),
                    pool() == null ? null : new PoolId(pool()),
                    null,
                    IdempotencyScopes.keyOf(caller, idempotencyKey),
                    formAnswers());
        }
        LeadDetails details = new LeadDetails(
                name,
                new EmailAddress(email),
                phone,
                company,
                industry,
                employees,
                annualRevenue,
                country,
                region,
                postalCode,
                product,
                dealValue,
                source,
                language,
                jobTitle,
                score,
                domainAttributes());
        return new SubmitLeadCommand(
                form() == null ? null : new FormId(form()),
                pool() == null ? null : new PoolId(pool()),
                details,
                IdempotencyScopes.keyOf(caller, idempotencyKey));
    }

    /**
     * The answers, with the flat fields beside them keyed as the form fields of the same name
     * ({@code employees} as {@code companySize}, {@code jobTitle} as {@code title}): the form checks them alike.
     */
    private FormAnswers formAnswers() {
        if (answers.size() > FormAnswers.MAX) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "answers", "at most " + FormAnswers.MAX + " answers");
        }
        List<FormAnswer> given = answers.stream()
                .map(a -> new FormAnswer(a.field(), a.value(), a.values()))
                .toList();
        List<FormAnswer> flat = new ArrayList<>();
        flat(flat, LeadKey.NAME, name);
        flat(flat, LeadKey.EMAIL_ADDRESS, email);
        flat(flat, LeadKey.PHONE_NUMBER, phone);
        flat(flat, LeadKey.COMPANY, company);
        flat(flat, LeadKey.INDUSTRY, industry);
        flat(flat, LeadKey.COMPANY_SIZE, employees);
        flat(flat, LeadKey.ANNUAL_REVENUE, annualRevenue);
        flat(flat, LeadKey.COUNTRY_NAME, country);
        flat(flat, LeadKey.REGION, region);
        flat(flat, LeadKey.POSTAL_CODE, postalCode);
        flat(flat, LeadKey.PRODUCT, product);
        flat(flat, LeadKey.DEAL_VALUE, dealValue);
        flat(flat, LeadKey.SOURCE, source);
        flat(flat, LeadKey.LANGUAGE, language);
        flat(flat, LeadKey.TITLE, jobTitle);
        flat(flat, LeadKey.SCORE, score);
        domainAttributes().forEach(a -> flat.add(FormAnswer.of(a.key(), a.value())));
        return new FormAnswers(given, flat);
    }

    private static void flat(List<FormAnswer> flat, LeadKey key, Object value) {
        if (value != null) {
            flat.add(FormAnswer.of(key.key(), value instanceof BigDecimal d ? d.toPlainString() : value.toString()));
        }
    }

    private List<Attribute> domainAttributes() {
        if (attributes == null) {
            return List.of();
        }
        LeadDetails.checkAttributeCount(attributes.size());
        List<Attribute> built = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            try {
                built.add(
                        new Attribute(attributes.get(i).key(), attributes.get(i).value()));
            } catch (InputRejected e) {
                throw e.under("attributes[" + i + "]");
            }
        }
        return built;
    }
}
