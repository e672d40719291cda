package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.RepId;

import java.time.Instant;

/**
 * The lead's owner accepted it (or a member took a shotgun offer by accepting it first);
 * {@code assignment} is the lead's state after it.
 */
public record LeadAccepted(Assignment assignment, RepId rep, Instant at) {
}
