package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;

import java.util.Optional;

/**
 * What submitting a lead produced: the stored lead and the routing decision.
 * The decision is empty only when an earlier submission with the same idempotency key stored the
 * lead but did not get to decide.
 *
 * @param repeat true when the submission repeated an earlier one's idempotency key: nothing new was
 *               stored, and this is the earlier submission's result
 */
public record LeadRouted(Lead lead, Optional<Assignment> assignment, boolean repeat) {

    /** A lead taken in for the first time. */
    public LeadRouted(Lead lead, Optional<Assignment> assignment) {
        this(lead, assignment, false);
    }
}
