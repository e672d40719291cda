package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.Rep;
import java.util.Optional;

/**
 * What submitting a lead produced: the stored lead and the routing decision.
 * The decision is empty only for a repeat whose earlier submission stored the lead and has not decided yet
 * (still at work, or stopped: then {@code RouteStrandedLeads} decides after its grace period).
 *
 * @param repeat true when the submission repeated an earlier one's idempotency key: nothing new was
 *               stored, and this is the earlier submission's result
 * @param pool   the pool the decision names, as this submission read it to decide; empty when it names none, and for
 *               a repeat (which read nothing), so an answer showing the pool reads it only then
 * @param rep    the rep the decision names, likewise
 */
public record LeadRouted(
        Lead lead, Optional<Assignment> assignment, boolean repeat, Optional<Pool> pool, Optional<Rep> rep) {

    /** A lead taken in for the first time, with nothing of what its decision read. */
    public LeadRouted(Lead lead, Optional<Assignment> assignment) {
        this(lead, assignment, false);
    }

    /** A submission's result with nothing of what its decision read. */
    public LeadRouted(Lead lead, Optional<Assignment> assignment, boolean repeat) {
        this(lead, assignment, repeat, Optional.empty(), Optional.empty());
    }

    /** A repeat whose first submission is still deciding. */
    public boolean inProgress() {
        return assignment.isEmpty();
    }
}
