package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.FieldSource;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.ValueSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

@Document("leads")
record LeadDocument(
        @Id String id,
        String formId,
        String poolId,
        Instant submittedAt,
        IdempotencyDocument idempotency,
        String name,
        String email,
        String emailDomain,
        String phone,
        String company,
        String industry,
        Integer employees,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal annualRevenue,
        String country,
        String region,
        String postalCode,
        String product,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal dealValue,
        String source,
        String language,
        String jobTitle,
        Integer score,
        List<AttributeDocument> attributes,
        Integer formVersion,
        List<FieldSourceDocument> fieldSources) {

    record AttributeDocument(String key, String value) {}

    /** Where a form field's value came from; absent on leads stored before forms had fields. */
    record FieldSourceDocument(String field, String source, String from) {}

    static LeadDocument of(Lead lead) {
        LeadDetails d = lead.details();
        return new LeadDocument(
                lead.id().value(),
                lead.formId() == null ? null : lead.formId().value(),
                lead.poolId() == null ? null : lead.poolId().value(),
                lead.submittedAt(),
                IdempotencyDocument.of(lead.idempotency()),
                d.name(),
                d.email().value(),
                d.email().domain(),
                d.phone(),
                d.company(),
                d.industry(),
                d.employees(),
                d.annualRevenue(),
                d.country(),
                d.region(),
                d.postalCode(),
                d.product(),
                d.dealValue(),
                d.source(),
                d.language(),
                d.jobTitle(),
                d.score(),
                d.attributes().stream()
                        .map(a -> new AttributeDocument(a.key(), a.value()))
                        .toList(),
                lead.formVersion(),
                lead.fieldSources().isEmpty()
                        ? null
                        : lead.fieldSources().stream()
                                .map(f -> new FieldSourceDocument(
                                        f.field(), f.source().name(), f.from()))
                                .toList());
    }

    Lead toLead() {
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
                attributes == null
                        ? List.of()
                        : attributes.stream()
                                .map(a -> new Attribute(a.key(), a.value()))
                                .toList());
        return new Lead(
                new LeadId(id),
                details,
                formId == null ? null : new FormId(formId),
                poolId == null ? null : new PoolId(poolId),
                submittedAt,
                idempotency == null ? null : idempotency.toIdempotency(),
                formVersion,
                fieldSources == null
                        ? List.of()
                        : fieldSources.stream()
                                .map(f -> new FieldSource(f.field(), ValueSource.valueOf(f.source()), f.from()))
                                .toList());
    }
}
