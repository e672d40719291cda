package dev.switchboard.routing.ownership;

import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import java.time.Instant;

/**
 * A rep takes a lead from a shark tank or blind pull queue; taking it is accepting it.
 * <p>
 * Any active member of the queue's pool who is not away may claim; of concurrent claims, on any number of
 * app instances, exactly one wins (one conditional update on the lead's assignment) and every other is
 * rejected with {@code ALREADY_CLAIMED}. Other rejections: {@code NOT_FOUND} (lead or rep),
 * {@code NOT_CLAIMABLE} (not queued, or a shotgun offer, which is taken by accepting), {@code NOT_MEMBER},
 * {@code UNAVAILABLE}. A rejected claim changes nothing. The claim is recorded as a {@link LeadReassigned} of
 * kind {@code CLAIMED}.
 */
public final class ClaimLead {

    private final Assignments assignments;
    private final Pools pools;
    private final Reps reps;
    private final Events events;
    private final Clock clock;

    public ClaimLead(Assignments assignments, Pools pools, Reps reps, Events events, Clock clock) {
        this.assignments = assignments;
        this.pools = pools;
        this.reps = reps;
        this.events = events;
        this.clock = clock;
    }

    public LeadChanged<LeadReassigned> claim(LeadCommand command) {
        Rep rep = reps.byId(command.repId())
                .orElseThrow(() ->
                        InputRejected.notFound("repId", "rep", command.repId().value()));
        Instant now = clock.instant();
        Assignment claimed = OwnershipUpdate.apply(assignments, command.leadId(), current -> {
            Ownership next = current.ownership().claim(rep.id(), now);
            QueueSeat.check(pools, current.ownership().queuePool(), rep, now);
            return next;
        });
        LeadReassigned event = (LeadReassigned) LeadHistory.latestChange(claimed);
        events.record(event);
        return new LeadChanged<>(claimed, event);
    }
}
