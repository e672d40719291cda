package dev.switchboard.routing.intake;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.routing.World;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One submission reads the pool it names once: for the check that it exists, the draw and the accept deadline alike. */
class PoolReadsTest {

    private final World world = new World();
    private int reads;
    private final Pools counted = new Pools() {
        @Override
        public void add(Pool pool) {
            world.pools.add(pool);
        }

        @Override
        public boolean replace(Pool pool, Integer expectedVersion) {
            return world.pools.replace(pool, expectedVersion);
        }

        @Override
        public Map<PoolId, Integer> versions(Collection<PoolId> ids) {
            return world.pools.versions(ids);
        }

        @Override
        public boolean remove(PoolId id) {
            return world.pools.remove(id);
        }

        @Override
        public Optional<Pool> byId(PoolId id) {
            reads++;
            return world.pools.byId(id);
        }

        @Override
        public Map<PoolId, Pool> byIds(Collection<PoolId> ids) {
            reads++;
            return world.pools.byIds(ids);
        }

        @Override
        public List<Pool> all() {
            return world.pools.all();
        }

        @Override
        public boolean setAcceptSla(PoolId pool, AcceptSla sla) {
            return world.pools.setAcceptSla(pool, sla);
        }

        @Override
        public boolean setAvailabilityFirst(PoolId pool, MeetingTypeId meetingType) {
            return world.pools.setAvailabilityFirst(pool, meetingType);
        }
    };
    private final SubmitLead submitLead = new SubmitLead(
            world.forms,
            world.routers,
            counted,
            world.leads,
            world.assignments,
            new RouteLead(
                    counted,
                    world.reps,
                    world.accounts,
                    new AccountProfiles(world.accounts),
                    world.rotations,
                    world.tallies,
                    world.qualifications,
                    world.clock,
                    world.standings,
                    world.conversions),
            world.events,
            world.clock);

    @Test
    void a_lead_sent_to_a_pool_with_an_accept_deadline_reads_the_pool_once_and_still_gets_its_deadline() {
        Pool pool = world.pool(A, B);
        world.pools.setAcceptSla(pool.id(), new AcceptSla(15, 3, null, null));

        Assignment decided = submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), null))
                .assignment()
                .orElseThrow();

        assertThat(reads).isEqualTo(1);
        assertThat(decided.ownership().acceptBy()).isEqualTo(decided.decidedAt().plus(Duration.ofMinutes(15)));
    }
}
