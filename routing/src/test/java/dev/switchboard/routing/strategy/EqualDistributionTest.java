package dev.switchboard.routing.strategy;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static dev.switchboard.routing.World.D;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.EqualDistribution.Rejoin;
import dev.switchboard.domain.model.EqualDistribution.Window;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.LeadRouted;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EqualDistributionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final World world = new World();
    private int leads;

    private Pool pool(Window window, Rejoin rejoin, PoolMember... members) {
        Pool pool = new Pool(
                PoolId.random(),
                "Even",
                Strategy.EQUAL_DISTRIBUTION,
                List.of(members),
                PARIS,
                null,
                new EqualDistribution(window, rejoin),
                null);
        world.pools.add(pool);
        return pool;
    }

    private Pool pool(Rejoin rejoin, RepId... reps) {
        return pool(
                Window.WEEK,
                rejoin,
                List.of(reps).stream().map(r -> new PoolMember(r, 1)).toArray(PoolMember[]::new));
    }

    private Assignment submit(Pool pool) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(leads++), null))
                .assignment()
                .orElseThrow();
    }

    private List<RepId> submit(Pool pool, int count) {
        return IntStream.range(0, count).mapToObj(n -> submit(pool).repId()).toList();
    }

    private static Candidate candidate(Assignment assignment, RepId rep) {
        return assignment.explanation().candidates().stream()
                .filter(c -> c.repId().equals(rep))
                .findFirst()
                .orElseThrow();
    }

    private static String window(Assignment assignment) {
        return assignment.explanation().candidates().get(0).window();
    }

    @Test
    void given_four_level_members_leads_go_round_in_rotation_order() {
        Pool pool = pool(Rejoin.CATCH_UP, A, B, C, D);

        assertThat(submit(pool, 8)).containsExactly(A, B, C, D, A, B, C, D);
    }

    @Test
    void given_weights_2_and_1_the_heavier_member_takes_two_leads_for_each_of_the_other() {
        Pool pool = pool(Window.WEEK, Rejoin.CATCH_UP, new PoolMember(A, 2), new PoolMember(B, 1));

        List<RepId> thirty = submit(pool, 30);

        assertThat(thirty.stream().filter(A::equals).count()).isEqualTo(20);
        assertThat(thirty.subList(0, 6)).containsExactly(A, B, A, B, A, A);
    }

    @Test
    void catch_up_A_away_for_6_leads_then_back_gets_the_next_2() {
        Pool pool = pool(Rejoin.CATCH_UP, A, B, C, D);
        assertThat(submit(pool, 4)).containsExactly(A, B, C, D);

        world.awayUntil(A, world.clock.instant().plusSeconds(3600));
        assertThat(submit(pool, 6)).containsExactlyInAnyOrder(B, C, D, B, C, D);
        world.awayUntil(A, null);
        Assignment back = submit(pool);

        assertThat(back.repId()).isEqualTo(A);
        assertThat(candidate(back, A))
                .extracting(Candidate::inWindow, Candidate::credit)
                .containsExactly(1L, 0L);
        assertThat(submit(pool).repId()).as("level after two").isEqualTo(A);
    }

    @Test
    void fair_start_A_away_for_6_leads_is_credited_2_and_takes_its_normal_turn() {
        Pool pool = pool(Rejoin.FAIR_START, A, B, C, D);
        submit(pool, 4);
        world.awayUntil(A, world.clock.instant().plusSeconds(3600));
        submit(pool, 6);
        world.awayUntil(A, null);

        Assignment back = submit(pool);

        // Everyone stands at 3 (A: 1 lead + 2 credited); the tie goes by rotation, whose 11th turn starts at C.
        assertThat(back.repId()).isEqualTo(C);
        assertThat(((Reason.PoolDrew) back.explanation().reason()).method().credited())
                .containsExactly(new Reason.Credit(A, "Rep A", 2));
        assertThat(back.explanation().reason().values()).containsEntry("rejoin", "FAIR_START");
        assertThat(submit(pool, 2)).containsExactly(D, A);
        Assignment later = submit(pool);
        assertThat(later.repId()).isEqualTo(B);
        assertThat(((Reason.PoolDrew) later.explanation().reason()).method().credited())
                .as("the credit is given once")
                .isEmpty();
        assertThat(world.standings.of(pool.id(), "2026-W48").entries().get(A))
                .as("and kept")
                .isEqualTo(new Standings.Entry(2, 2, false));
    }

    @Test
    void a_member_added_mid_window_catches_up_or_starts_level() {
        Pool catchUp = pool(Rejoin.CATCH_UP, A, B);
        Pool fairStart = pool(Rejoin.FAIR_START, A, B);
        submit(catchUp, 4);
        submit(fairStart, 4);

        world.pools.add(new Pool(
                catchUp.id(),
                catchUp.name(),
                catchUp.strategy(),
                List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 1)),
                PARIS,
                null,
                catchUp.options(),
                null));
        world.pools.add(new Pool(
                fairStart.id(),
                fairStart.name(),
                fairStart.strategy(),
                List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 1)),
                PARIS,
                null,
                fairStart.options(),
                null));

        assertThat(submit(world.pools.byId(catchUp.id()).orElseThrow(), 3)).containsExactly(C, C, A);
        Assignment joined = submit(world.pools.byId(fairStart.id()).orElseThrow());
        assertThat(((Reason.PoolDrew) joined.explanation().reason()).method().credited())
                .containsExactly(new Reason.Credit(C, "Rep C", 2));
        assertThat(world.standings
                        .of(fairStart.id(), "2026-W48")
                        .entries()
                        .get(C)
                        .credit())
                .isEqualTo(2);
    }

    @Test
    void members_passed_over_keep_their_reasons_and_every_candidate_shows_its_share() {
        Pool pool = pool(
                Window.MONTH,
                Rejoin.CATCH_UP,
                new PoolMember(A, 1),
                new PoolMember(B, 1, 1, null),
                new PoolMember(C, 1));
        world.deactivate(C);
        assertThat(submit(pool, 3)).containsExactly(A, B, A);

        Assignment fourth = submit(pool);

        assertThat(fourth.repId()).isEqualTo(A);
        assertThat(fourth.explanation().candidates())
                .containsExactly(
                        new Candidate(C, 1, 0, 0, false, Candidate.SkipReason.INACTIVE, null, null, "2026-11", 0, 0),
                        new Candidate(
                                B,
                                1,
                                1,
                                1,
                                false,
                                Candidate.Skip.cap(Candidate.SkipReason.DAILY_CAP, 1, 1),
                                1,
                                null,
                                "2026-11",
                                1,
                                0,
                                1),
                        new Candidate(A, 1, 2, 2, true, null, null, null, "2026-11", 2, 0));
        assertThat(fourth.explanation().reason())
                .isEqualTo(new Reason.PoolDrew(
                        pool.id(),
                        "Even",
                        new Reason.Method(
                                Strategy.EQUAL_DISTRIBUTION, null, "2026-11", Rejoin.CATCH_UP, List.of(), null),
                        fourth.turn(),
                        1,
                        3,
                        2,
                        0,
                        0));
    }

    @Test
    void a_day_window_starts_afresh_at_local_midnight_on_the_night_clocks_go_forward() {
        Pool pool = pool(Window.DAY, Rejoin.CATCH_UP, new PoolMember(A, 1), new PoolMember(B, 1));
        // Paris moves to summer time on Sunday 2026-03-29: that local midnight is 23:00 UTC on the 28th.
        world.clock.set(Instant.parse("2026-03-28T22:59:00Z"));
        submit(pool, 3);
        world.clock.set(Instant.parse("2026-03-28T22:59:59Z"));
        assertThat(window(submit(pool))).isEqualTo("2026-03-28");

        world.clock.set(Instant.parse("2026-03-28T23:00:00Z"));
        Assignment afterMidnight = submit(pool);

        assertThat(afterMidnight.explanation().candidates()).allSatisfy(c -> {
            assertThat(c.window()).isEqualTo("2026-03-29");
            assertThat(c.inWindow()).isZero();
        });
        // The next local midnight, on summer time, is 22:00 UTC.
        world.clock.set(Instant.parse("2026-03-29T21:59:59Z"));
        assertThat(window(submit(pool))).isEqualTo("2026-03-29");
        world.clock.set(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(window(submit(pool))).isEqualTo("2026-03-30");
    }

    @Test
    void week_and_month_windows_turn_at_local_midnight_in_the_pool_zone() {
        CapWindows sundayNight = CapWindows.at(Instant.parse("2026-03-29T21:59:59Z"), PARIS);
        CapWindows mondayMorning = CapWindows.at(Instant.parse("2026-03-29T22:00:00Z"), PARIS);
        assertThat(sundayNight.of(Window.WEEK)).isEqualTo("2026-W13");
        assertThat(mondayMorning.of(Window.WEEK)).isEqualTo("2026-W14");

        assertThat(CapWindows.at(Instant.parse("2026-03-31T21:59:59Z"), PARIS).of(Window.MONTH))
                .isEqualTo("2026-03");
        assertThat(CapWindows.at(Instant.parse("2026-03-31T22:00:00Z"), PARIS).of(Window.MONTH))
                .isEqualTo("2026-04");
        assertThat(CapWindows.at(Instant.parse("2026-03-31T22:00:00Z"), ZoneId.of("UTC"))
                        .of(Window.MONTH))
                .isEqualTo("2026-03");
    }

    @Test
    void a_simulation_reads_the_standing_without_changing_it() {
        Pool pool = pool(Rejoin.CATCH_UP, A, B);
        LeadRouted first = world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(0), null));

        Assignment simulated = world.routeLead.simulateToPool(first.lead(), pool.id());

        assertThat(simulated.repId()).isEqualTo(B);
        assertThat(submit(pool).repId()).isEqualTo(B);
    }

    @Test
    void two_hundred_concurrent_leads_to_four_members_give_fifty_each() throws Exception {
        Pool pool = pool(Rejoin.CATCH_UP, A, B, C, D);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<RepId>> results = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                int lead = n;
                results.add(threads.submit(() -> world.submitLead
                        .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(lead), null))
                        .assignment()
                        .orElseThrow()
                        .repId()));
            }
            List<RepId> assigned = new ArrayList<>();
            for (Future<RepId> result : results) {
                assigned.add(result.get());
            }
            assertThat(assigned.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                    .containsOnly(Map.entry(A, 50L), Map.entry(B, 50L), Map.entry(C, 50L), Map.entry(D, 50L));
        } finally {
            threads.shutdown();
        }
    }
}
