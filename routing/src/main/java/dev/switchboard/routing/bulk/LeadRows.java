package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lead rows, stored as history: leads another tool received and routed before. Each names its {@code formId} or
 * {@code poolId} (one of them, which must exist), its {@code submittedAt} (not in the future), {@code name},
 * {@code email} and optionally every detail a lead has ({@code phone}, {@code company}, ... {@code score}) and
 * {@code attributes} (an object of strings). Keyed by {@code externalId} (the other tool's id, at most
 * {@link #MAX_EXTERNAL_ID} characters), or by email and {@code submittedAt} without one.
 * <p>
 * A history lead is stored once and never rewritten: a row whose key a stored lead holds is unchanged, whatever
 * it says now. It is not routed, no event is recorded for it and no webhook fires: it is what was.
 */
final class LeadRows implements RowImport {

    /** The scope and operation a history lead's key is held under, apart from every caller's submissions. */
    static final String SCOPE = "bulk-import";

    static final String OPERATION = "importLead";
    static final int MAX_EXTERNAL_ID = 120;

    static final Set<String> FIELDS = Set.of(
            "externalId",
            "formId",
            "poolId",
            "submittedAt",
            "name",
            "email",
            "phone",
            "company",
            "industry",
            "employees",
            "annualRevenue",
            "country",
            "region",
            "postalCode",
            "product",
            "dealValue",
            "source",
            "language",
            "jobTitle",
            "score",
            "attributes");

    private record Read(int line, String key, Lead lead) {}

    private final Leads leads;
    private final Forms forms;
    private final Pools pools;
    private final Clock clock;

    LeadRows(Leads leads, Forms forms, Pools pools, Clock clock) {
        this.leads = leads;
        this.forms = forms;
        this.pools = pools;
        this.clock = clock;
    }

    @Override
    public void importRows(List<JsonRow> rows, BatchTally tally) {
        Instant now = clock.instant();
        Set<FormId> knownForms = new HashSet<>();
        Set<FormId> unknownForms = new HashSet<>();
        Set<PoolId> knownPools = knownPools(rows);
        List<Read> reads = new ArrayList<>();
        Map<String, Integer> keyLines = new HashMap<>();
        for (JsonRow row : rows) {
            String key = key(row);
            try {
                Lead lead = read(row, now);
                if (lead.formId() != null && !knownForms.contains(lead.formId())) {
                    if (unknownForms.contains(lead.formId())
                            || forms.byId(lead.formId()).isEmpty()) {
                        unknownForms.add(lead.formId());
                        throw InputRejected.notFound(
                                "formId", "form", lead.formId().value());
                    }
                    knownForms.add(lead.formId());
                }
                if (lead.poolId() != null && !knownPools.contains(lead.poolId())) {
                    throw InputRejected.notFound("poolId", "pool", lead.poolId().value());
                }
                String claim = lead.idempotency().key().value();
                Integer earlier = keyLines.putIfAbsent(claim, row.line());
                if (earlier != null) {
                    throw new InputRejected(
                            ErrorCode.DUPLICATE,
                            row.fields().containsKey("externalId") ? "externalId" : "submittedAt",
                            "the same lead is on line " + earlier);
                }
                reads.add(new Read(row.line(), key, lead));
            } catch (InputRejected rejected) {
                tally.failed(row.line(), key, rejected);
            }
        }
        Set<LeadId> stored = leads.addHistory(reads.stream().map(Read::lead).toList());
        for (Read read : reads) {
            if (stored.contains(read.lead().id())) {
                tally.created();
            } else {
                tally.unchanged();
            }
        }
    }

    private Set<PoolId> knownPools(List<JsonRow> rows) {
        Set<PoolId> named = new HashSet<>();
        for (JsonRow row : rows) {
            String pool = row.keyText("poolId");
            if (pool != null) {
                try {
                    named.add(new PoolId(pool));
                } catch (InputRejected notAnId) {
                    // Answered as the row's own error when it is read.
                }
            }
        }
        return named.isEmpty() ? Set.of() : new HashSet<>(pools.byIds(named).keySet());
    }

    /** The row's key as a person reads it: its external id, or its email and time. */
    private static String key(JsonRow row) {
        String external = row.keyText("externalId");
        if (external != null) {
            return external;
        }
        String email = row.keyText("email");
        String at = row.keyText("submittedAt");
        return email == null && at == null ? null : email + " " + at;
    }

    private static Lead read(JsonRow row, Instant now) {
        row.only(FIELDS);
        String external = Text.optional("externalId", row.text("externalId"), MAX_EXTERNAL_ID);
        String form = Text.optional("formId", row.text("formId"), 64);
        String pool = Text.optional("poolId", row.text("poolId"), 64);
        if ((form == null) == (pool == null)) {
            throw new InputRejected(
                    form == null ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "formId",
                    "a lead came through a form or straight to a pool: give formId or poolId, one of them");
        }
        Instant submittedAt = row.instant("submittedAt");
        if (submittedAt == null) {
            throw InputRejected.required("submittedAt");
        }
        if (submittedAt.isAfter(now)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "submittedAt", "submittedAt is in the future: history is what was");
        }
        List<Attribute> attributes = new ArrayList<>();
        Map<String, String> given = row.textsByKey("attributes");
        given.forEach((k, v) -> {
            try {
                attributes.add(new Attribute(k, v));
            } catch (InputRejected rejected) {
                throw new InputRejected(rejected.code(), "attributes." + k, rejected.getMessage());
            }
        });
        String email = row.text("email");
        LeadDetails details = new LeadDetails(
                row.text("name"),
                email == null ? null : new EmailAddress(email),
                row.text("phone"),
                row.text("company"),
                row.text("industry"),
                row.whole("employees"),
                row.number("annualRevenue"),
                row.text("country"),
                row.text("region"),
                row.text("postalCode"),
                row.text("product"),
                row.number("dealValue"),
                row.text("source"),
                row.text("language"),
                row.text("jobTitle"),
                row.whole("score"),
                attributes);
        FormId formId = form == null ? null : new FormId(form);
        PoolId poolId = pool == null ? null : new PoolId(pool);
        String key = external != null
                ? "id:" + external
                : "email:" + Idempotency.digest(List.of(details.email().value(), submittedAt.toString()));
        Idempotency claim = new IdempotencyKey(SCOPE, key).claim(OPERATION, Lead.request(formId, poolId, details));
        return new Lead(LeadId.random(), details, formId, poolId, submittedAt, claim);
    }
}
