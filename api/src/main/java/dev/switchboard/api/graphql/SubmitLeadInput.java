package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

record SubmitLeadInput(
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
        Instant startedAt) {

    record AttributeInput(String key, String value) {}

    /** @param caller who sends it, whose scope the idempotency key is claimed in */
    SubmitLeadCommand toCommand(Caller caller) {
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
                formId == null ? null : new FormId(formId),
                poolId == null ? null : new PoolId(poolId),
                details,
                IdempotencyScopes.keyOf(caller, idempotencyKey));
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
