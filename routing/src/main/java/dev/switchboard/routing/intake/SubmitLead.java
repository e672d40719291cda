package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.routing.strategy.PoolDraw;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Takes in a lead from a form and routes it to one rep of the pool it names, by the pool's strategy,
 * passing over members who cannot take a lead (see {@link PoolDraw}).
 * <p>
 * The lead is stored before the routing decision is made, so a lead that was accepted is never lost:
 * if anything fails after that, or no member can take the lead, the lead is there, unassigned, for an
 * admin or a later pass to route.
 * Bad input is rejected with {@link InputRejected} before anything is stored.
 */
public final class SubmitLead {

    private final Pools pools;
    private final Reps reps;
    private final Leads leads;
    private final Rotations rotations;
    private final Assignments assignments;
    private final Clock clock;

    public SubmitLead(Pools pools, Reps reps, Leads leads, Rotations rotations, Assignments assignments, Clock clock) {
        this.pools = pools;
        this.reps = reps;
        this.leads = leads;
        this.rotations = rotations;
        this.assignments = assignments;
        this.clock = clock;
    }

    public LeadRouted submit(SubmitLeadCommand command) {
        Pool pool = pools.byId(command.poolId())
                .orElseThrow(() -> InputRejected.notFound("poolId", "pool", command.poolId().value()));

        // Stores keep milliseconds; deciding on the same precision keeps a stored lead equal to the one returned.
        Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Lead lead = new Lead(LeadId.random(), command.details(), pool.id(), received, command.idempotencyKey());
        Lead stored = leads.add(lead);
        if (!stored.id().equals(lead.id())) {
            return new LeadRouted(stored, assignments.forLead(stored.id()));
        }

        long turn = rotations.nextTurn(pool.id());
        PoolDraw.Draw draw = PoolDraw.draw(pool, turn, reps.byIds(pool.repIds()));
        if (draw.chosen().isEmpty()) {
            // Every member was passed over: the lead stays stored and unassigned for an admin to route.
            return new LeadRouted(lead, Optional.empty());
        }
        PoolMember member = draw.chosen().get();
        Instant decided = clock.instant();
        Assignment assignment = new Assignment(
                AssignmentId.random(), lead.id(), pool.id(), member.repId(), pool.strategy(), turn,
                reason(pool, turn, draw), draw.candidates(), decided, Duration.between(received, decided));
        assignments.add(assignment);
        return new LeadRouted(lead, Optional.of(assignment));
    }

    private static String reason(Pool pool, long turn, PoolDraw.Draw draw) {
        String how = pool.strategy() == Strategy.WEIGHTED_ROUND_ROBIN ? "weighted round robin" : "round robin";
        String reason = how + ": turn " + (turn + 1) + " goes to member " + (draw.position() + 1) + " of " + pool.members().size();
        int passed = draw.candidates().size() - 1;
        return passed == 0 ? reason : reason + " after passing over " + passed + (passed == 1 ? " member" : " members");
    }
}
