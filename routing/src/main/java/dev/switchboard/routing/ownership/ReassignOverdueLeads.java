package dev.switchboard.routing.ownership;

import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.routing.strategy.CapWindows;
import dev.switchboard.routing.strategy.PoolDraw;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves on every lead whose owner did not accept it by its deadline (see {@link AcceptSla}): to the next
 * available member of the pool that assigned it, in rotation order (taking the pool's next turn and passing
 * over the current owner), or, once it moved {@code maxMoves} times or nobody else can take it, to the
 * pool's escalation target, marked urgent, after which no clock runs.
 * <p>
 * Safe to run at once on any number of app instances: each due lead is first taken for one run by a
 * conditional update that pushes its deadline back by {@link #LEASE}; only the run whose update applied
 * takes a rotation turn and moves the lead (a second conditional update), so each lead moves exactly once
 * and no turn is wasted. Should that run die in between, the lead falls due again when the lease ends.
 * An owner who accepts meanwhile wins: the move's update no longer applies and the lead stays.
 * Each move is recorded as a {@link LeadReassigned} of kind {@code MOVED_BY_SLA} or {@code ESCALATED}.
 */
public final class ReassignOverdueLeads {

    /** How long one run holds a due lead before another may move it. */
    public static final Duration LEASE = Duration.ofMinutes(1);
    /** At most this many leads move per run; the rest move on the next. */
    public static final int BATCH = 500;

    private final Assignments assignments;
    private final Pools pools;
    private final Reps reps;
    private final Rotations rotations;
    private final Tallies tallies;
    private final Events events;
    private final Clock clock;

    public ReassignOverdueLeads(
            Assignments assignments,
            Pools pools,
            Reps reps,
            Rotations rotations,
            Tallies tallies,
            Events events,
            Clock clock) {
        this.assignments = assignments;
        this.pools = pools;
        this.reps = reps;
        this.rotations = rotations;
        this.tallies = tallies;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the leads due now; returns what this run moved (not what other instances moved). */
    public List<LeadChanged<LeadReassigned>> run() {
        Instant now = clock.instant();
        List<LeadChanged<LeadReassigned>> moved = new ArrayList<>();
        for (Assignment due : assignments.overdue(now, BATCH)) {
            move(due, now).ifPresent(moved::add);
        }
        return moved;
    }

    private Optional<LeadChanged<LeadReassigned>> move(Assignment due, Instant now) {
        if (!due.ownership().overdue(now)) {
            return Optional.empty();
        }
        Ownership held = due.ownership().postponed(now.plus(LEASE));
        if (!assignments.changeOwnership(due.leadId(), held)) {
            return Optional.empty();
        }
        Ownership next = next(due, held, now);
        if (!assignments.changeOwnership(due.leadId(), next)) {
            return Optional.empty();
        }
        Assignment after = due.withOwnership(next);
        LeadReassigned event = (LeadReassigned) LeadHistory.latestChange(after);
        events.record(event);
        return Optional.of(new LeadChanged<>(after, event));
    }

    private Ownership next(Assignment due, Ownership held, Instant now) {
        Optional<Pool> pool = due.poolId() == null ? Optional.empty() : pools.byId(due.poolId());
        if (pool.isEmpty() || pool.get().acceptSla() == null) {
            return held.escalated(
                    null, now, "not accepted in time, and pool " + due.poolId() + " has no accept deadline any more");
        }
        AcceptSla sla = pool.get().acceptSla();
        String late = "not accepted within " + sla.acceptWithinMinutes() + " minutes";
        if (held.moves() < sla.maxMoves()) {
            Optional<RepId> nextMember = draw(pool.get(), held.owner(), now);
            if (nextMember.isPresent()) {
                return held.movedBySla(
                        nextMember.get(),
                        now,
                        sla.deadlineFrom(now),
                        late + ", so the next member of pool " + pool.get().name() + " in rotation");
            }
            return escalate(
                    held,
                    sla,
                    now,
                    late + " and no other member of pool " + pool.get().name() + " can take it");
        }
        return escalate(held, sla, now, late + " after " + held.moves() + (held.moves() == 1 ? " move" : " moves"));
    }

    private Ownership escalate(Ownership held, AcceptSla sla, Instant now, String why) {
        if (sla.escalateToRep() != null) {
            Optional<Rep> rep = reps.byId(sla.escalateToRep()).filter(r -> r.availableAt(now));
            return rep.isPresent()
                    ? held.escalated(
                            rep.get().id(),
                            now,
                            why + ", so escalated to " + rep.get().name())
                    : held.escalated(
                            null,
                            now,
                            why + "; escalation rep " + sla.escalateToRep() + " cannot take it, so it stays");
        }
        if (sla.escalateToPool() != null) {
            Optional<Pool> target = pools.byId(sla.escalateToPool());
            Optional<RepId> rep = target.flatMap(pool -> draw(pool, held.owner(), now));
            return rep.isPresent()
                    ? held.escalated(
                            rep.get(),
                            now,
                            why + ", so escalated to pool " + target.get().name())
                    : held.escalated(
                            null,
                            now,
                            why + "; nobody in escalation pool " + sla.escalateToPool() + " can take it, so it stays");
        }
        return held.escalated(null, now, why + ", so marked urgent where it is");
    }

    /** The member whose turn comes next, passing over {@code owner} and anyone who cannot take a lead now. */
    private Optional<RepId> draw(Pool pool, RepId owner, Instant now) {
        CapWindows windows = CapWindows.at(now, pool.timeZone());
        long turn = rotations.nextTurn(pool.id());
        PoolDraw.Claim claim = member -> tallies.tryCount(
                pool.id(), member.repId(), windows.day(), windows.week(), member.dailyCap(), member.weeklyCap());
        // The owner is passed over as if it were not there.
        Map<RepId, Rep> others = new HashMap<>(reps.byIds(pool.repIds()));
        others.remove(owner);
        PoolDraw.Draw draw = PoolDraw.draw(PoolDraw.Request.byRotation(
                pool,
                turn,
                PoolDraw.MemberStates.of(others, tallies.of(pool.id(), pool.repIds(), windows.day(), windows.week())),
                now,
                claim));
        return draw.chosen().map(PoolMember::repId);
    }
}
