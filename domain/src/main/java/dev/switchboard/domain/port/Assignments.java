package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.LeadId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The routing decisions, one per routed lead. */
public interface Assignments {

    /** Stores the decision for a lead; a lead has at most one ({@code DUPLICATE} on {@code leadId}). */
    void add(Assignment assignment);

    Optional<Assignment> forLead(LeadId lead);

    /** The assignments of those of {@code leads} that have one, in one read. */
    Map<LeadId, Assignment> forLeads(Collection<LeadId> leads);
}
