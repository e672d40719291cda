package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;

import java.util.Optional;

/**
 * What submitting a lead produced: the stored lead and, once routed, its assignment.
 * The assignment is empty only when an earlier submission with the same idempotency key stored
 * the lead but did not get to route it.
 */
public record LeadRouted(Lead lead, Optional<Assignment> assignment) {
}
