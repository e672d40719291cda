package dev.switchboard.api.mail;

import dev.switchboard.persistence.mongo.MongoMeetingNotices;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.intake.LeadRouted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Tells a rep by mail that a lead was assigned to them, after {@code submitLead}'s decision. The note goes
 * through the mail outbox; a failure to queue it is logged and never fails the submission (the lead and its
 * decision are stored already).
 */
@Component
public class LeadAssignedMail {

    private static final Logger log = LoggerFactory.getLogger(LeadAssignedMail.class);

    private final MongoMeetingNotices outbox;
    private final Reps reps;
    private final Clock clock;

    LeadAssignedMail(MongoMeetingNotices outbox, Reps reps, Clock clock) {
        this.outbox = outbox;
        this.reps = reps;
        this.clock = clock;
    }

    public void queue(LeadRouted routed) {
        Optional<Assignment> decision = routed.assignment();
        if (routed.repeat() || decision.isEmpty() || decision.get().outcome() != Outcome.ASSIGNED) {
            return;
        }
        try {
            Optional<Rep> rep = reps.byId(decision.get().repId());
            if (rep.isEmpty()) {
                return;
            }
            Lead lead = routed.lead();
            String who = lead.details().name() + " <" + lead.details().email().value() + ">"
                    + (lead.details().company() == null ? "" : ", " + lead.details().company());
            outbox.queueNote(rep.get().email().value(), "New lead: " + lead.details().name(),
                    "A lead was assigned to you: " + who + "\nLead id: " + lead.id().value() + "\n", clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not queue the assignment mail for lead {}", routed.lead().id(), e);
        }
    }
}
