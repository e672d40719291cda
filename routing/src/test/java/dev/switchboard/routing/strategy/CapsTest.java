package dev.switchboard.routing.strategy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;

class CapsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final World world = new World();

    private Pool pool(List<PoolMember> members, Overflow overflow) {
        Pool pool = new Pool(PoolId.random(), "Capped", Strategy.ROUND_ROBIN, members, PARIS, overflow);
        world.pools.add(pool);
        return pool;
    }

    private Assignment submit(Pool pool, int n) {
        return world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null)).assignment().orElseThrow();
    }

    private List<RepId> submit(Pool pool, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(n -> submit(pool, n).repId()).toList();
    }

    @Test
    void a_member_at_its_daily_cap_is_passed_over_with_its_count_shown() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 2, null), new PoolMember(B, 1)), null);

        assertThat(submit(pool, 0, 4)).containsExactly(A, B, A, B);
        Assignment fifth = submit(pool, 4);

        assertThat(fifth.repId()).isEqualTo(B);
        assertThat(fifth.explanation().candidates().get(0))
                .isEqualTo(new Candidate(A, 1, 2, 2, false, Candidate.SkipReason.DAILY_CAP, 2, null, null, 0, 0));
    }

    @Test
    void a_weekly_cap_passes_the_member_over_for_the_rest_of_the_week() {
        Pool pool = pool(List.of(new PoolMember(A, 1, null, 1), new PoolMember(B, 1)), null);

        assertThat(submit(pool, 0, 4)).containsExactly(A, B, B, B);
    }

    @Test
    void when_every_member_is_capped_the_overflow_takes_the_lead_and_the_explanation_says_so() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 1, null), new PoolMember(B, 1, 1, null)), new Overflow(null, C));

        assertThat(submit(pool, 0, 2)).containsExactly(A, B);
        Assignment third = submit(pool, 2);

        assertThat(third.repId()).isEqualTo(C);
        assertThat(third.explanation().reason()).isEqualTo(
                "sent straight to pool Capped by round robin: every member was passed over, so its overflow: to Rep C");
    }

    @Test
    void without_an_overflow_a_fully_capped_pool_leaves_the_lead_unassigned() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 1, null)), null);
        submit(pool, 0);

        Assignment second = submit(pool, 1);

        assertThat(second.outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(second.explanation().reason()).endsWith("every member was passed over");
    }

    @Test
    void cap_windows_begin_at_local_midnight_across_a_daylight_saving_change() {
        // Paris moves to summer time on Sunday 2026-03-29: local midnight is 23:00 UTC the evening before.
        assertThat(CapWindows.at(Instant.parse("2026-03-28T22:59:59Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-28", "2026-W13"));
        assertThat(CapWindows.at(Instant.parse("2026-03-28T23:00:00Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-29", "2026-W13"));
        // The next midnight, on summer time, is 22:00 UTC; and Monday starts a new week.
        assertThat(CapWindows.at(Instant.parse("2026-03-29T21:59:59Z"), PARIS).day()).isEqualTo("2026-03-29");
        assertThat(CapWindows.at(Instant.parse("2026-03-29T22:00:00Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-30", "2026-W14"));
    }
}
