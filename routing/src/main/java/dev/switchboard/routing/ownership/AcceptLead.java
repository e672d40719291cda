package dev.switchboard.routing.ownership;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.LeadAccepted;
import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import java.time.Instant;

/**
 * The owner of a lead accepts it, which stops its SLA clock; accepting twice changes nothing.
 * On a shotgun offer nobody took yet, the first active, present member of the pool to accept owns the
 * lead: of concurrent accepts exactly one wins, the others get {@code ALREADY_CLAIMED}.
 * Other rejections: {@code NOT_FOUND} (lead or rep), {@code NOT_OWNER}, {@code NOT_MEMBER},
 * {@code UNAVAILABLE}. A rejected accept changes nothing. The accept is recorded as {@link LeadAccepted}; a lead
 * accepted already (accepted before, or claimed, which accepts it) changes nothing, and the event returned is the
 * change that accepted it (recording it again stores nothing new: the event keeps its id).
 */
public final class AcceptLead {

    private final Assignments assignments;
    private final Pools pools;
    private final Reps reps;
    private final Events events;
    private final Clock clock;

    public AcceptLead(Assignments assignments, Pools pools, Reps reps, Events events, Clock clock) {
        this.assignments = assignments;
        this.pools = pools;
        this.reps = reps;
        this.events = events;
        this.clock = clock;
    }

    public LeadChanged<DomainEvent> accept(LeadCommand command) {
        Rep rep = reps.byId(command.repId())
                .orElseThrow(() ->
                        InputRejected.notFound("repId", "rep", command.repId().value()));
        Instant now = clock.instant();
        Assignment accepted = OwnershipUpdate.apply(assignments, command.leadId(), current -> {
            if (current.ownership().offeredToAccept()) {
                QueueSeat.check(pools, current.ownership().queuePool(), rep, now);
            }
            return current.ownership().accept(rep.id(), now);
        });
        DomainEvent event = LeadHistory.latestChange(accepted);
        events.record(event);
        return new LeadChanged<>(accepted, event);
    }
}
