package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.OwnershipChange;

/**
 * A lead changed hands: an admin moved it, its accept deadline passed, or it escalated ({@code change}
 * tells which, who, why, from and to); {@code assignment} is the lead's state after it.
 */
public record LeadReassigned(Assignment assignment, OwnershipChange change) {
}
