package dev.switchboard.outbound.mail;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.outbound.EventHandler;
import dev.switchboard.outbound.StoredEvent;
import java.time.Clock;
import java.util.Optional;

/**
 * Tells a rep by mail that a lead was assigned to them, on the outbox's {@code LeadAssigned} event: the note is
 * queued once per event (keyed by the event's id), however many times the event is handed over. The lead and its
 * decision are stored already, so nothing here can fail a submission. A lead left unassigned, queued or
 * disqualified tells nobody.
 */
public final class TellRepOfAssignedLead implements EventHandler {

    private final MailOutbox outbox;
    private final Leads leads;
    private final Assignments assignments;
    private final Reps reps;
    private final Clock clock;

    public TellRepOfAssignedLead(MailOutbox outbox, Leads leads, Assignments assignments, Reps reps, Clock clock) {
        this.outbox = outbox;
        this.leads = leads;
        this.assignments = assignments;
        this.reps = reps;
        this.clock = clock;
    }

    @Override
    public void handle(StoredEvent event) {
        if (!event.type().equals("LeadAssigned") || event.leadId() == null) {
            return;
        }
        LeadId leadId = new LeadId(event.leadId());
        Optional<Assignment> decision = assignments.forLead(leadId);
        if (decision.isEmpty()
                || decision.get().outcome() != Outcome.ASSIGNED
                || decision.get().repId() == null) {
            return;
        }
        Optional<Rep> rep = reps.byId(decision.get().repId());
        Optional<Lead> found = leads.byId(leadId);
        if (rep.isEmpty() || found.isEmpty()) {
            return;
        }
        Lead lead = found.get();
        String who = lead.details().name() + " <" + lead.details().email().value() + ">"
                + (lead.details().company() == null ? "" : ", " + lead.details().company());
        outbox.queueOnce(
                event.id() + "/rep-note",
                new Mail.Note(
                        rep.get().email().value(),
                        "New lead: " + lead.details().name(),
                        "A lead was assigned to you: " + who + "\nLead id: "
                                + lead.id().value() + "\n"),
                clock.instant());
    }
}
