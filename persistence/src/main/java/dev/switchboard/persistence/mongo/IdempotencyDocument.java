package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * An idempotency key as stored under {@code idempotency} in the document of what it made (a lead, a booking):
 * claimed by a unique index on (scope, operation, key), the one atomic step that makes retries safe across
 * instances, whose text alone no longer decides.
 */
record IdempotencyDocument(String scope, String operation, String key, String request) {

    static final String FIELD = "idempotency";
    /** Where keys lived before they were scoped: one unique index on the bare key, across all callers. */
    static final String BARE_KEY = "idempotencyKey";

    static final String BARE_KEY_INDEX = "idempotencyKey_unique";

    static IdempotencyDocument of(Idempotency claim) {
        return claim == null
                ? null
                : new IdempotencyDocument(
                        claim.key().scope(), claim.operation(), claim.key().value(), claim.request());
    }

    Idempotency toIdempotency() {
        return new IdempotencyKey(scope, key).claim(operation, request);
    }

    Document toDocument() {
        return new Document("scope", scope)
                .append("operation", operation)
                .append("key", key)
                .append("request", request);
    }

    static Idempotency from(Document d) {
        return d == null
                ? null
                : new IdempotencyDocument(
                                d.getString("scope"),
                                d.getString("operation"),
                                d.getString("key"),
                                d.getString("request"))
                        .toIdempotency();
    }

    /** Sparse: what was made without a key stays out of it. */
    static Index uniqueIndex() {
        return new Index()
                .on(FIELD + ".scope", Sort.Direction.ASC)
                .on(FIELD + ".operation", Sort.Direction.ASC)
                .on(FIELD + ".key", Sort.Direction.ASC)
                .unique()
                .sparse()
                .named("idempotency_unique");
    }

    /** The document holding the claim's key in its scope, for its operation. */
    static Criteria holding(Idempotency claim) {
        return where(FIELD + ".scope")
                .is(claim.key().scope())
                .and(FIELD + ".operation")
                .is(claim.operation())
                .and(FIELD + ".key")
                .is(claim.key().value());
    }

    /** A document whose bare key was moved here, holding the same key for the same request. */
    static Criteria legacyHolding(Idempotency claim) {
        return where(FIELD + ".scope")
                .is(IdempotencyKey.LEGACY_SCOPE)
                .and(FIELD + ".operation")
                .is(claim.operation())
                .and(FIELD + ".key")
                .is(claim.key().value())
                .and(FIELD + ".request")
                .is(claim.request());
    }

    /** What a bare key becomes: nobody's scope, so it answers only the identical request. */
    static Document legacy(String operation, String key, String request) {
        return new IdempotencyDocument(IdempotencyKey.LEGACY_SCOPE, operation, key, request).toDocument();
    }
}
