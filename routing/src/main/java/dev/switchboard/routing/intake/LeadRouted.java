package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;

import java.util.Optional;

/**
 * What submitting a lead produced: the stored lead and the routing decision.
 * The decision is empty only when an earlier submission with the same idempotency key stored the
 * lead but did not get to decide.
 */
public record LeadRouted(Lead lead, Optional<Assignment> assignment) {
}
