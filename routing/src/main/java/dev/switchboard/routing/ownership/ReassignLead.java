package dev.switchboard.routing.ownership;

import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import java.time.Instant;

/**
 * An admin assigns a lead to a rep by hand, whatever became of it (assigned, queued, unassigned, even
 * disqualified: the admin overrides), recorded with who and why. The rep must be active (an away rep may be
 * chosen: the admin knows); the rep accepts it like any lead, but no SLA clock runs for a lead placed by hand.
 * Rejections: {@code NOT_FOUND} (lead or rep), {@code UNAVAILABLE} (inactive rep), {@code DUPLICATE} (the rep
 * owns it already); nothing changes then. The change is recorded as a {@link LeadReassigned} of kind
 * {@code REASSIGNED}.
 */
public final class ReassignLead {

    private final Assignments assignments;
    private final Reps reps;
    private final Events events;
    private final Clock clock;

    public ReassignLead(Assignments assignments, Reps reps, Events events, Clock clock) {
        this.assignments = assignments;
        this.reps = reps;
        this.events = events;
        this.clock = clock;
    }

    public LeadChanged<LeadReassigned> reassign(ReassignLeadCommand command) {
        Rep rep = reps.byId(command.repId())
                .orElseThrow(() ->
                        InputRejected.notFound("repId", "rep", command.repId().value()));
        if (!rep.active()) {
            throw new InputRejected(ErrorCode.UNAVAILABLE, "repId", "rep " + rep.name() + " is inactive");
        }
        Instant now = clock.instant();
        Assignment reassigned = OwnershipUpdate.apply(
                assignments,
                command.leadId(),
                current -> current.ownership().reassign(rep.id(), command.by(), command.reason(), now));
        LeadReassigned event = (LeadReassigned) LeadHistory.latestChange(reassigned);
        events.record(event);
        return new LeadChanged<>(reassigned, event);
    }
}
