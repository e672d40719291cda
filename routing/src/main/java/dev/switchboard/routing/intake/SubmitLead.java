package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.routing.strategy.RoundRobin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Takes in a lead from a form and routes it to one rep of the pool it names.
 * <p>
 * The lead is stored before the routing decision is made, so a lead that was accepted is never lost:
 * if anything fails after that, the lead is there, unassigned, for an admin or a later pass to route.
 * Bad input is rejected with {@link InputRejected} before anything is stored.
 */
public final class SubmitLead {

    private final Pools pools;
    private final Leads leads;
    private final Rotations rotations;
    private final Assignments assignments;
    private final Clock clock;

    public SubmitLead(Pools pools, Leads leads, Rotations rotations, Assignments assignments, Clock clock) {
        this.pools = pools;
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
        PoolMember member = RoundRobin.memberFor(pool, turn);
        Instant decided = clock.instant();
        Assignment assignment = new Assignment(
                AssignmentId.random(), lead.id(), pool.id(), member.repId(), pool.strategy(), turn,
                "round robin: turn " + (turn + 1) + " goes to member " + (pool.members().indexOf(member) + 1)
                        + " of " + pool.members().size(),
                decided, Duration.between(received, decided));
        assignments.add(assignment);
        return new LeadRouted(lead, Optional.of(assignment));
    }
}
