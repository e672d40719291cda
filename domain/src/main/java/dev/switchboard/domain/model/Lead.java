package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A prospect who converted on a form. The record of what was submitted never changes after it is
 * stored; what happened to it since (assignments) is kept beside it.
 *
 * @param formId         the form the lead came through, whose router routes it; or null
 * @param poolId         the pool the lead was sent to directly, when no form was named; or null
 * @param idempotency    the caller's key for this submission with the request's digest, or {@code null}; a retry
 *                       by the same caller with the same key and request is answered with this lead instead of a
 *                       second one
 * @param formVersion    the version of the form's definition it came through; null without a form, or for a lead
 *                       stored before forms had versions
 * @param fieldSources   for a form with fields, where each field's value came from; empty otherwise
 */
public record Lead(
        LeadId id,
        LeadDetails details,
        FormId formId,
        PoolId poolId,
        Instant submittedAt,
        Idempotency idempotency,
        Integer formVersion,
        List<FieldSource> fieldSources) {

    /** The operation a lead's idempotency key is claimed for. */
    public static final String SUBMIT = "submitLead";

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        if ((formId == null) == (poolId == null)) {
            throw new IllegalArgumentException(
                    "a lead comes through a form or straight to a pool: " + formId + ", " + poolId);
        }
        Objects.requireNonNull(submittedAt, "submittedAt");
        fieldSources = fieldSources == null ? List.of() : List.copyOf(fieldSources);
    }

    /** A lead with no form version and no field sources: sent to a pool, or through a form as it was before versions. */
    public Lead(
            LeadId id,
            LeadDetails details,
            FormId formId,
            PoolId poolId,
            Instant submittedAt,
            Idempotency idempotency) {
        this(id, details, formId, poolId, submittedAt, idempotency, null, List.of());
    }

    /**
     * The lead as its prospect gave it: the values the server filled in for skipped fields left out. This is all
     * the prospect may be shown; what the server knew stays with the admins.
     */
    public Lead asSubmitted() {
        if (fieldSources.stream().noneMatch(FieldSource::filledByServer)) {
            return this;
        }
        return new Lead(
                id,
                LeadKey.without(details, fieldSources),
                formId,
                poolId,
                submittedAt,
                idempotency,
                formVersion,
                fieldSources.stream().filter(s -> !s.filledByServer()).toList());
    }

    /**
     * The digest of a submission (see {@link Idempotency#digest}): where it was sent and every detail, custom
     * attributes in key order. The same for a submission and for the lead stored from it.
     */
    public static String request(FormId formId, PoolId poolId, LeadDetails d) {
        List<Object> parts = new ArrayList<>(
                Arrays.asList(formId == null ? null : formId.value(), poolId == null ? null : poolId.value()));
        parts.addAll(Arrays.asList(
                d.name(),
                d.email().value(),
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
                d.score()));
        d.attributes().stream()
                .sorted(Comparator.comparing(Attribute::key))
                .forEach(a -> parts.addAll(Arrays.asList(a.key(), a.value())));
        return Idempotency.digest(parts);
    }

    /** The digest of the submission this lead was stored from. */
    public String request() {
        return request(formId, poolId, details);
    }

    /** Where this lead stands in the newest-first order that lists of leads use. */
    public LeadPosition position() {
        return new LeadPosition(submittedAt, id);
    }
}
