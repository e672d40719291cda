package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.RepId;

import java.time.Instant;

/** A pool member took a lead from a claim queue; {@code assignment} is the lead's state after it. */
public record LeadClaimed(Assignment assignment, RepId rep, Instant at) {
}
