package dev.switchboard.routing.strategy;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Tallies.Tally;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CapsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final World world = new World();

    private Pool pool(List<PoolMember> members, Overflow overflow) {
        Pool pool = new Pool(PoolId.random(), "Capped", Strategy.ROUND_ROBIN, members, PARIS, overflow);
        world.pools.add(pool);
        return pool;
    }

    private Assignment submit(Pool pool, int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null))
                .assignment()
                .orElseThrow();
    }

    private List<RepId> submit(Pool pool, int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(n -> submit(pool, n).repId())
                .toList();
    }

    @Test
    void a_member_at_its_daily_cap_is_passed_over_with_its_count_shown() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 2, null), new PoolMember(B, 1)), null);

        assertThat(submit(pool, 0, 4)).containsExactly(A, B, A, B);
        Assignment fifth = submit(pool, 4);

        assertThat(fifth.repId()).isEqualTo(B);
        assertThat(fifth.explanation().candidates().get(0))
                .isEqualTo(new Candidate(
                        A,
                        1,
                        2,
                        2,
                        false,
                        Candidate.Skip.cap(Candidate.SkipReason.DAILY_CAP, 2, 2),
                        2,
                        null,
                        null,
                        0,
                        0,
                        1));
    }

    @Test
    void a_member_filled_to_its_weekly_cap_by_a_concurrent_decision_is_reported_at_its_weekly_cap_not_its_daily_one() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 3, 2), new PoolMember(B, 1)), null);
        Instant now = world.clock.instant();
        CapWindows windows = CapWindows.at(now, pool.timeZone());
        // What the decision read: A below both caps. Then a concurrent decision counts A's second lead of the week.
        Map<RepId, Tally> read = Map.of(A, new Tally(1, 1));
        world.tallies.tryCount(pool.id(), A, windows.day(), windows.week(), 3, 2);
        world.tallies.tryCount(pool.id(), A, windows.day(), windows.week(), 3, 2);

        PoolDraw.Draw draw = PoolDraw.draw(PoolDraw.Request.byRotation(
                pool,
                0,
                PoolDraw.MemberStates.of(world.reps.byIds(pool.repIds()), read),
                now,
                member -> world.tallies.tryCount(
                        pool.id(),
                        member.repId(),
                        windows.day(),
                        windows.week(),
                        member.dailyCap(),
                        member.weeklyCap())));

        assertThat(draw.chosen().map(PoolMember::repId)).contains(B);
        assertThat(draw.candidates().get(0).skip())
                .isEqualTo(Candidate.Skip.capReachedMeanwhile(Candidate.SkipReason.WEEKLY_CAP, 2));
        assertThat(draw.candidates().get(0).skip().values())
                .containsEntry("cap", 2L)
                .containsEntry("meanwhile", true);
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
        assertThat(third.explanation().reason().steps())
                .extracting(Reason::code)
                .containsExactly(Reason.Code.POOL_PASSED_OVER, Reason.Code.TO_REP);
        assertThat(third.explanation().reason().steps().get(0).values())
                .containsEntry("poolName", "Capped")
                .containsEntry("strategy", "ROUND_ROBIN")
                .containsEntry("overflow", true);
        assertThat(third.explanation().reason().steps().get(1)).isEqualTo(new Reason.ToRep(C, "Rep C"));
    }

    @Test
    void without_an_overflow_a_fully_capped_pool_leaves_the_lead_unassigned() {
        Pool pool = pool(List.of(new PoolMember(A, 1, 1, null)), null);
        submit(pool, 0);

        Assignment second = submit(pool, 1);

        assertThat(second.outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(second.explanation().reason())
                .isInstanceOfSatisfying(
                        Reason.PoolPassedOver.class,
                        passed -> assertThat(passed.overflow()).isNull());
    }

    @Test
    void cap_windows_begin_at_local_midnight_across_a_daylight_saving_change() {
        // Paris moves to summer time on Sunday 2026-03-29: local midnight is 23:00 UTC the evening before.
        assertThat(CapWindows.at(Instant.parse("2026-03-28T22:59:59Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-28", "2026-W13"));
        assertThat(CapWindows.at(Instant.parse("2026-03-28T23:00:00Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-29", "2026-W13"));
        // The next midnight, on summer time, is 22:00 UTC; and Monday starts a new week.
        assertThat(CapWindows.at(Instant.parse("2026-03-29T21:59:59Z"), PARIS).day())
                .isEqualTo("2026-03-29");
        assertThat(CapWindows.at(Instant.parse("2026-03-29T22:00:00Z"), PARIS))
                .isEqualTo(new CapWindows("2026-03-30", "2026-W14"));
    }
}
