package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import java.util.Optional;

/**
 * What submitting a lead produced: the stored lead and the routing decision.
 * The decision is empty only for a repeat whose earlier submission stored the lead and has not decided yet
 * (still at work, or stopped: then {@code RouteStrandedLeads} decides after its grace period).
 *
 * @param repeat true when the submission repeated an earlier one's idempotency key: nothing new was
 *               stored, and this is the earlier submission's result
 */
public record LeadRouted(Lead lead, Optional<Assignment> assignment, boolean repeat) {

    /** A lead taken in for the first time. */
    public LeadRouted(Lead lead, Optional<Assignment> assignment) {
        this(lead, assignment, false);
    }

    /** A repeat whose first submission is still deciding. */
    public boolean inProgress() {
        return assignment.isEmpty();
    }
}
