package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.AssignmentPosition;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing decisions, one per routed lead, each with the lead's ownership since (see {@link Ownership}).
 * The decision never changes once stored; the ownership changes only through {@link #changeOwnership}.
 */
public interface Assignments {

    /** Which assignments a list shows; a null field does not narrow it. */
    record Filter(Outcome outcome, RepId owner, PoolId pool) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** Stores the decision for a lead; a lead has at most one ({@code DUPLICATE} on {@code leadId}). */
    void add(Assignment assignment);

    Optional<Assignment> forLead(LeadId lead);

    /** The decision with this id, as {@code node(id:)} looks it up; empty when there is none. */
    Optional<Assignment> byId(AssignmentId id);

    /** The assignments of those of {@code leads} that have one, in one read. */
    Map<LeadId, Assignment> forLeads(Collection<LeadId> leads);

    /**
     * Replaces the lead's ownership by {@code next} if, and only if, the stored ownership is still at version
     * {@code next.version() - 1}, in one atomic step on the one stored assignment: of concurrent changes made
     * from the same state, by any number of callers on any number of app instances, exactly one applies.
     *
     * @return whether it applied; false when another change came first or the lead has no assignment
     */
    boolean changeOwnership(LeadId lead, Ownership next);

    /**
     * Assignments whose owner has an accept deadline at or before {@code now} and has not accepted, soonest
     * due first, at most {@code limit}. The list may be stale by the time it is read: callers change each
     * through {@link #changeOwnership}.
     */
    List<Assignment> overdue(Instant now, int limit);

    /** The leads waiting in the pool's claim queue (nobody took them yet), oldest decision first, after {@code after}. */
    Slice<Assignment> waitingIn(PoolId pool, int limit, AssignmentPosition after);

    /** How many leads {@link #waitingIn} walks through for the pool, counted by the store. */
    long countWaitingIn(PoolId pool);

    /**
     * Assignments newest decision first, starting after {@code after} (from the newest when null); the
     * filter's outcome is the decision's, its owner the current one.
     */
    Slice<Assignment> newestFirst(int limit, AssignmentPosition after, Filter filter);

    /** How many assignments {@link #newestFirst} walks through with {@code filter}, counted by the store. */
    default long count(Filter filter) {
        long counted = 0;
        AssignmentPosition after = null;
        Slice<Assignment> page;
        do {
            page = newestFirst(100, after, filter);
            counted += page.items().size();
            after = page.items().isEmpty()
                    ? null
                    : page.items().get(page.items().size() - 1).position();
        } while (page.hasMore());
        return counted;
    }

    /**
     * Assignments changed since their events were last known recorded, at most {@code limit}: {@link #add}
     * and {@link #changeOwnership} mark the assignment in the same single-document write as the change, so a
     * crash before the change's event was recorded leaves the assignment here for a relay.
     */
    List<Assignment> withEventsPending(int limit);

    /**
     * The events of {@code recorded} are recorded: it leaves {@link #withEventsPending}, unless its ownership
     * changed since it was read (then its newer change still waits for the relay).
     */
    void eventsRecorded(Assignment recorded);
}
