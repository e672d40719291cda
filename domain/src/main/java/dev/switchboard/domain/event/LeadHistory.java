package dev.switchboard.domain.event;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.OwnershipChange;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a lead's stored assignment stands for: its decision, then one per change in its ownership
 * history. Worked out from the stored state alone, so a relay finds the very events the use case made.
 */
public final class LeadHistory {

    private LeadHistory() {}

    /** {@link LeadAssigned}, then each ownership change in order. */
    public static List<DomainEvent> of(Assignment assignment) {
        List<DomainEvent> events = new ArrayList<>();
        events.add(LeadAssigned.of(assignment));
        for (int n = 1; n <= assignment.ownership().history().size(); n++) {
            events.add(change(assignment, n));
        }
        return events;
    }

    /** The event of the assignment's latest ownership change; the assignment must have one. */
    public static DomainEvent latestChange(Assignment assignment) {
        return change(assignment, assignment.ownership().history().size());
    }

    /** The event of change {@code n} (1-based) of the assignment's ownership history. */
    public static DomainEvent change(Assignment assignment, int n) {
        OwnershipChange c = assignment.ownership().history().get(n - 1);
        if (c.kind() == OwnershipChange.Kind.ACCEPTED) {
            return new LeadAccepted(assignment.leadId(), c.to(), n, c.at());
        }
        return new LeadReassigned(assignment.leadId(), c.kind(), c.by(), c.from(), c.to(), c.reason(), n, c.at());
    }

    static String changeId(LeadId lead, int change) {
        return "lead:" + lead.value() + ":change:" + change;
    }
}
