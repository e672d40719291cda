package dev.switchboard.routing.events;

import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Leads;

/**
 * Records the events of every change stored without them being known recorded: a lead and an assignment are
 * each stored marked as having events pending, in the same single-document write as the change, and only this
 * relay clears the mark, after recording every event the stored state stands for. So a process that stops
 * between a change and its event loses no event: the next run records it. Events keep their ids, so what the use
 * case did record is not recorded twice.
 * <p>
 * Safe on any number of instances at once: recording is idempotent, and an assignment changed after it was read
 * keeps its mark for the next run. Leads are relayed before assignments, so a lead's {@code LeadSubmitted} is
 * recorded no later than its {@code LeadAssigned} by this relay.
 */
public final class RelayPendingEvents {

    /** At most this many leads and this many assignments per run; the rest go on the next. */
    public static final int BATCH = 500;

    private final Leads leads;
    private final Assignments assignments;
    private final Events events;

    public RelayPendingEvents(Leads leads, Assignments assignments, Events events) {
        this.leads = leads;
        this.assignments = assignments;
        this.events = events;
    }

    /** @return how many leads and assignments this run relayed */
    public int run() {
        int relayed = 0;
        for (Lead lead : leads.withEventsPending(BATCH)) {
            events.record(LeadSubmitted.of(lead));
            leads.eventsRecorded(lead.id());
            relayed++;
        }
        for (Assignment assignment : assignments.withEventsPending(BATCH)) {
            LeadHistory.of(assignment).forEach(events::record);
            assignments.eventsRecorded(assignment);
            relayed++;
        }
        return relayed;
    }
}
