package dev.switchboard.domain.model;

import dev.switchboard.domain.model.OwnershipChange.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who owns a lead now, and every change since its routing decision. The decision itself never changes;
 * this does, one change at a time: each method here returns the next state with {@link #version()} one
 * higher, and a store applies it only while the stored state is still the one it came from, so two
 * concurrent changes never both win (the loser re-reads and is told why, e.g. {@code ALREADY_CLAIMED}).
 *
 * @param owner     the rep who owns the lead now, or null: waiting in a queue, or nobody could take it
 * @param queuePool the pool whose claim queue the lead was sent to, or null; it stays set once claimed
 * @param queueMode how that queue offers the lead, or null without a queue
 * @param accepted  the owner accepted the lead (claiming it is accepting it)
 * @param acceptBy  when the owner must accept by before the lead moves on, or null when no clock runs
 * @param moves     how many times the lead was handed to another rep (by an admin, the SLA or an escalation)
 * @param urgent    the routing decision or an escalation marked the lead urgent
 * @param version   changes applied so far
 * @param history   the changes, oldest first
 */
public record Ownership(
        RepId owner,
        PoolId queuePool,
        QueueMode queueMode,
        boolean accepted,
        Instant acceptBy,
        int moves,
        boolean urgent,
        long version,
        List<OwnershipChange> history) {

    public Ownership {
        if ((queuePool == null) != (queueMode == null)) {
            throw new IllegalArgumentException("a queue has a pool and a mode: " + queuePool + ", " + queueMode);
        }
        history = List.copyOf(history);
    }

    /** Where a routing decision leaves the lead: with the assigned rep, in a queue, or with nobody. */
    public static Ownership decided(Outcome outcome, RepId rep, PoolId pool, QueueMode mode, boolean urgent) {
        boolean queued = outcome == Outcome.QUEUED;
        return new Ownership(
                outcome == Outcome.ASSIGNED ? rep : null,
                queued ? pool : null,
                queued ? mode : null,
                false,
                null,
                0,
                urgent,
                0,
                List.of());
    }

    /** The same state with an accept deadline, for a lead just assigned by a pool that has an SLA. */
    public Ownership acceptBy(Instant deadline) {
        return new Ownership(owner, queuePool, queueMode, accepted, deadline, moves, urgent, version, history);
    }

    /** Whether the lead waits in a claim queue for a member to take it. */
    public boolean waitingInQueue() {
        return queuePool != null && owner == null;
    }

    /** Whether a member takes the lead by accepting it (a shotgun offer nobody took yet). */
    public boolean offeredToAccept() {
        return waitingInQueue() && queueMode == QueueMode.SHOTGUN;
    }

    /** A blind pull lead shows nothing of the prospect until someone claims it. */
    public boolean detailsHidden() {
        return waitingInQueue() && queueMode == QueueMode.BLIND_PULL;
    }

    /** Whether the accept deadline passed at {@code now} with the lead still unaccepted. */
    public boolean overdue(Instant now) {
        return owner != null && !accepted && acceptBy != null && !acceptBy.isAfter(now);
    }

    /**
     * The rep takes the lead from a shark tank or blind pull queue, which also accepts it.
     *
     * @throws InputRejected {@code NOT_CLAIMABLE} when the lead was never queued or is a shotgun offer,
     *                       {@code ALREADY_CLAIMED} when someone owns it already
     */
    public Ownership claim(RepId rep, Instant at) {
        if (queuePool == null) {
            throw new InputRejected(ErrorCode.NOT_CLAIMABLE, "leadId", "the lead was not sent to a claim queue");
        }
        if (owner != null) {
            throw new InputRejected(ErrorCode.ALREADY_CLAIMED, "leadId", "the lead was already taken by rep " + owner);
        }
        if (queueMode == QueueMode.SHOTGUN) {
            throw new InputRejected(
                    ErrorCode.NOT_CLAIMABLE,
                    "leadId",
                    "a shotgun lead goes to the first member who accepts it (acceptLead)");
        }
        return next(
                rep,
                true,
                null,
                moves,
                urgent,
                new OwnershipChange(Kind.CLAIMED, rep.value(), at, "claimed from the " + mode() + " queue", null, rep));
    }

    /**
     * The owner accepts the lead, which stops the SLA clock; on a shotgun offer nobody took yet, the first
     * member to accept becomes the owner. Accepting a lead one already accepted changes nothing.
     *
     * @throws InputRejected {@code ALREADY_CLAIMED} when another member took the shotgun offer first,
     *                       {@code NOT_OWNER} when the rep does not own the lead
     */
    public Ownership accept(RepId rep, Instant at) {
        if (offeredToAccept()) {
            return next(
                    rep,
                    true,
                    null,
                    moves,
                    urgent,
                    new OwnershipChange(
                            Kind.ACCEPTED, rep.value(), at, "first to accept the shotgun offer", null, rep));
        }
        if (!rep.equals(owner)) {
            if (queueMode == QueueMode.SHOTGUN && owner != null) {
                throw new InputRejected(
                        ErrorCode.ALREADY_CLAIMED, "leadId", "the lead was already taken by rep " + owner);
            }
            throw new InputRejected(
                    ErrorCode.NOT_OWNER,
                    "repId",
                    owner == null
                            ? "nobody owns the lead" + (waitingInQueue() ? "; claim it first" : "")
                            : "rep " + rep + " does not own the lead");
        }
        if (accepted) {
            return this;
        }
        return next(
                owner,
                true,
                null,
                moves,
                urgent,
                new OwnershipChange(Kind.ACCEPTED, rep.value(), at, "accepted", owner, owner));
    }

    /**
     * An admin hands the lead to a rep, whatever its state (even disqualified: the admin overrides).
     * The rep must accept it like any assigned lead; no SLA clock runs for a lead placed by hand.
     *
     * @throws InputRejected {@code DUPLICATE} when the rep already owns the lead
     */
    public Ownership reassign(RepId to, String by, String reason, Instant at) {
        if (to.equals(owner)) {
            throw new InputRejected(ErrorCode.DUPLICATE, "repId", "rep " + to + " already owns the lead");
        }
        return next(
                to, false, null, moves + 1, urgent, new OwnershipChange(Kind.REASSIGNED, by, at, reason, owner, to));
    }

    /**
     * Pushes the accept deadline to {@code until} without recording a change: whoever applies this first
     * alone goes on to move the overdue lead, and if it fails before it does, the lead falls due again then.
     */
    public Ownership postponed(Instant until) {
        return new Ownership(owner, queuePool, queueMode, accepted, until, moves, urgent, version + 1, history);
    }

    /** The accept deadline passed, so the lead goes to {@code to}, who has until {@code acceptBy} to accept it. */
    public Ownership movedBySla(RepId to, Instant at, Instant acceptBy, String reason) {
        return next(
                to,
                false,
                acceptBy,
                moves + 1,
                urgent,
                new OwnershipChange(Kind.MOVED_BY_SLA, OwnershipChange.SLA, at, reason, owner, to));
    }

    /**
     * The lead moved as often as the SLA allows, so it escalates to {@code to} (or stays with its owner
     * when {@code to} is null), marked urgent, and no clock runs any more.
     */
    public Ownership escalated(RepId to, Instant at, String reason) {
        RepId target = to == null ? owner : to;
        boolean moved = !target.equals(owner);
        return next(
                target,
                moved ? false : accepted,
                null,
                moved ? moves + 1 : moves,
                true,
                new OwnershipChange(Kind.ESCALATED, OwnershipChange.SLA, at, reason, owner, target));
    }

    private Ownership next(
            RepId newOwner,
            boolean isAccepted,
            Instant deadline,
            int newMoves,
            boolean isUrgent,
            OwnershipChange change) {
        List<OwnershipChange> changes = new ArrayList<>(history);
        changes.add(change);
        return new Ownership(
                newOwner, queuePool, queueMode, isAccepted, deadline, newMoves, isUrgent, version + 1, changes);
    }

    private String mode() {
        return queueMode.name().toLowerCase().replace('_', ' ');
    }
}
