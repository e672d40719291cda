package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Leads;
import java.time.Clock;
import java.time.Instant;

/**
 * Records that a lead converted, which performance-weighted pools learn from. Idempotent per lead:
 * recording a lead again changes nothing and answers with the first time. {@code NOT_FOUND} on
 * {@code leadId} for an unknown lead.
 */
public final class RecordConversion {

    /** @param convertedAt when the conversion was first recorded */
    public record Converted(LeadId leadId, Instant convertedAt) {}

    private final Leads leads;
    private final Conversions conversions;
    private final Clock clock;

    public RecordConversion(Leads leads, Conversions conversions, Clock clock) {
        this.leads = leads;
        this.conversions = conversions;
        this.clock = clock;
    }

    public Converted record(LeadId lead) {
        if (lead == null) {
            throw InputRejected.required("leadId");
        }
        if (leads.byId(lead).isEmpty()) {
            throw InputRejected.notFound("leadId", "lead", lead.value());
        }
        return new Converted(lead, conversions.record(lead, clock.instant()));
    }
}
