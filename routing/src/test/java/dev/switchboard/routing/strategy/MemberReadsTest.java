package dev.switchboard.routing.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.World;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.enrichment.AccountProfiles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A draw reads members' state in batches as it reaches them: a large pool costs a decision no more than a small one. */
class MemberReadsTest {

    private final World world = new World();
    private final List<Integer> batches = new ArrayList<>();
    private final Reps counted = new Reps() {
        @Override
        public void add(Rep rep) {
            world.reps.add(rep);
        }

        @Override
        public boolean replace(Rep rep, Integer expectedVersion) {
            return world.reps.replace(rep, expectedVersion);
        }

        @Override
        public Map<RepId, Integer> versions(Collection<RepId> ids) {
            return world.reps.versions(ids);
        }

        @Override
        public Optional<Rep> byId(RepId id) {
            return world.reps.byId(id);
        }

        @Override
        public Map<RepId, Rep> byIds(Collection<RepId> ids) {
            batches.add(ids.size());
            return world.reps.byIds(ids);
        }

        @Override
        public List<Rep> all() {
            return world.reps.all();
        }

        @Override
        public long count() {
            return world.reps.count();
        }
    };
    private final RouteLead routeLead = new RouteLead(
            world.pools,
            counted,
            world.accounts,
            new AccountProfiles(world.accounts),
            world.rotations,
            world.tallies,
            world.qualifications,
            world.clock,
            world.standings,
            world.conversions);
    private final List<RepId> members = new ArrayList<>();
    private Pool pool;

    @BeforeEach
    void givenARoundRobinPoolOfTwenty() {
        for (int i = 0; i < 20; i++) {
            RepId id = new RepId("member-" + i);
            world.reps.add(new Rep(
                    id,
                    "Member " + i,
                    new EmailAddress("member" + i + "@sales.example"),
                    ZoneId.of("Europe/Paris"),
                    true,
                    null));
            members.add(id);
        }
        pool = world.pool(
                Strategy.ROUND_ROBIN,
                members.stream().map(id -> new PoolMember(id, 1)).toList());
    }

    private Assignment route() {
        Lead lead = new Lead(LeadId.random(), SampleLeads.prospect(1), null, pool.id(), world.clock.instant(), null);
        return routeLead.routeToPool(lead, world.pools.byId(pool.id()).orElseThrow(), lead.submittedAt());
    }

    @Test
    void a_draw_settled_by_the_first_member_reads_only_the_first_four() {
        Assignment decision = route();

        assertThat(decision.repId()).isEqualTo(members.get(0));
        assertThat(batches).containsExactly(4);
    }

    @Test
    void when_the_first_four_are_away_the_rest_are_read_in_one_more_batch() {
        for (int i = 0; i < 10; i++) {
            world.awayUntil(members.get(i), Instant.parse("2026-12-01T00:00:00Z"));
        }

        Assignment decision = route();

        assertThat(decision.repId()).isEqualTo(members.get(10));
        assertThat(batches).containsExactly(4, 16);
        assertThat(decision.explanation().candidates()).hasSize(11);
    }

    @Test
    void a_load_threshold_reads_every_member_at_once() {
        Pool limited =
                new Pool(pool.id(), pool.name(), pool.strategy(), pool.members(), pool.timeZone(), null, null, 2);
        world.pools.replace(limited);

        route();

        assertThat(batches).containsExactly(20);
    }

    @Test
    void a_decision_names_the_pool_and_rep_it_drew_as_it_read_them_so_its_answer_reads_neither_again() {
        Lead lead = new Lead(LeadId.random(), SampleLeads.prospect(1), null, pool.id(), world.clock.instant(), null);
        Pool read = world.pools.byId(pool.id()).orElseThrow();

        RouteLead.Decision decision = routeLead.decisionToPool(lead, read, lead.submittedAt());

        assertThat(decision.assignment().repId()).isEqualTo(members.get(0));
        assertThat(decision.pool()).containsSame(read);
        assertThat(decision.rep()).map(Rep::name).contains("Member 0");
        assertThat(batches).containsExactly(4);
    }

    @Test
    void a_decision_that_assigns_no_one_names_its_pool_and_no_rep() {
        members.forEach(id -> world.awayUntil(id, Instant.parse("2026-12-01T00:00:00Z")));
        Lead lead = new Lead(LeadId.random(), SampleLeads.prospect(1), null, pool.id(), world.clock.instant(), null);

        RouteLead.Decision decision =
                routeLead.decisionToPool(lead, world.pools.byId(pool.id()).orElseThrow(), lead.submittedAt());

        assertThat(decision.assignment().repId()).isNull();
        assertThat(decision.pool()).map(Pool::id).contains(pool.id());
        assertThat(decision.rep()).isEmpty();
    }
}
