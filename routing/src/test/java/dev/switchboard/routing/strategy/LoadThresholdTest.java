package dev.switchboard.routing.strategy;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadThresholdTest {

    private final World world = new World();

    private Pool pool(Integer maxLead) {
        Pool pool = new Pool(
                PoolId.random(),
                "Balanced",
                Strategy.WEIGHTED_ROUND_ROBIN,
                List.of(new PoolMember(A, 3), new PoolMember(B, 1)),
                ZoneOffset.UTC,
                null,
                null,
                maxLead);
        world.pools.add(pool);
        return pool;
    }

    private Assignment submit(Pool pool, int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null))
                .assignment()
                .orElseThrow();
    }

    private List<RepId> leads(Pool pool, int count) {
        return IntStream.range(0, count).mapToObj(n -> submit(pool, n).repId()).toList();
    }

    @Test
    void without_a_threshold_a_weighted_pool_3_1_goes_A_A_B_A_A() {
        assertThat(leads(pool(null), 5)).containsExactly(A, A, B, A, A);
    }

    @Test
    void with_max_lead_1_the_member_two_leads_ahead_today_is_passed_over_and_the_explanation_says_so() {
        Pool pool = pool(1);

        assertThat(leads(pool, 4)).containsExactly(A, A, B, A);
        Assignment fifth = submit(pool, 4);

        assertThat(fifth.repId()).isEqualTo(B);
        assertThat(fifth.explanation().candidates())
                .containsExactly(
                        new Candidate(A, 3, 3, 3, false, Candidate.Skip.ahead(1, 3, 1), null, null, null, 0, 0, 1),
                        new Candidate(B, 1, 1, 1, true, null));
    }

    @Test
    void with_max_lead_0_the_least_loaded_member_is_never_passed_over() {
        Pool pool = pool(0);

        // Today's counts never differ by more than one: A's turns wait while it is ahead.
        assertThat(leads(pool, 6)).containsExactly(A, B, B, A, A, B);
    }
}
