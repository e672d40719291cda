package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.port.Assignments;
import java.util.function.Function;

/**
 * Applies one change to a lead's ownership as a conditional update on its version. When a concurrent
 * change came first, the lead is read again and the change decided again on what is there now, so the
 * loser of a race is told why it lost (e.g. {@code ALREADY_CLAIMED}) instead of overwriting the winner.
 */
final class OwnershipUpdate {

    private static final int ATTEMPTS = 100;

    private OwnershipUpdate() {}

    /**
     * @param change the next state from the current one; the same instance when nothing is to change;
     *               throws {@link InputRejected} when the change is not allowed
     * @return the assignment after the change
     */
    static Assignment apply(Assignments assignments, LeadId lead, Function<Assignment, Ownership> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Assignment current = assignments
                    .forLead(lead)
                    .orElseThrow(() -> InputRejected.notFound("leadId", "routed lead", lead.value()));
            Ownership next = change.apply(current);
            if (next == current.ownership()) {
                return current;
            }
            if (assignments.changeOwnership(lead, next)) {
                return current.withOwnership(next);
            }
        }
        throw new IllegalStateException("lead " + lead + " kept changing under " + ATTEMPTS + " attempts to change it");
    }
}
