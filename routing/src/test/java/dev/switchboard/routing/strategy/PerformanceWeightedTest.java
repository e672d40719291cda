package dev.switchboard.routing.strategy;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PerformanceWeighting;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.RecordConversion;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PerformanceWeightedTest {

    private final World world = new World();
    private final RecordConversion recordConversion = new RecordConversion(world.leads, world.conversions, world.clock);
    private final Instant now = world.clock.instant();
    private int leads;

    private Pool pool(PerformanceWeighting settings) {
        Pool pool = new Pool(
                PoolId.random(),
                "Closers",
                Strategy.PERFORMANCE_WEIGHTED,
                List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 1)),
                ZoneOffset.UTC,
                null,
                settings,
                null);
        world.pools.add(pool);
        return pool;
    }

    private List<Assignment> submit(Pool pool, int count) {
        List<Assignment> made = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            made.add(world.submitLead
                    .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(leads++), null))
                    .assignment()
                    .orElseThrow());
        }
        return made;
    }

    /** Ten days ago the pool, knowing nothing yet, gave A, B and C twenty leads each; then some converted. */
    private void givenAHistory(Pool pool, int convertedByA, int convertedByB, int convertedByC) {
        world.clock.set(now.minus(Duration.ofDays(10)));
        List<Assignment> past = submit(pool, 60);
        world.clock.set(now);
        Map<RepId, Integer> toConvert = new HashMap<>(Map.of(A, convertedByA, B, convertedByB, C, convertedByC));
        for (Assignment a : past) {
            if (toConvert.merge(a.repId(), -1, Integer::sum) >= 0) {
                recordConversion.record(a.leadId());
            }
        }
    }

    @Test
    void a_multiplier_is_the_members_rate_over_the_pools_kept_within_bounds() {
        PerformanceWeighting settings = new PerformanceWeighting(30, 0.5, 2.0, 10);
        // The pool converted 15 of 60 (25%).
        assertThat(settings.multiplier(20, 10, 60, 15))
                .as("50%: twice the pool's rate")
                .isEqualTo(2.0);
        assertThat(settings.multiplier(20, 5, 60, 15))
                .as("25%: the pool's rate")
                .isEqualTo(1.0);
        assertThat(settings.multiplier(20, 0, 60, 15))
                .as("0%: held at the minimum")
                .isEqualTo(0.5);
        assertThat(settings.multiplier(20, 20, 60, 15))
                .as("100%: held at the maximum")
                .isEqualTo(2.0);
        assertThat(settings.multiplier(9, 9, 60, 15))
                .as("fewer than 10 leads: too few to judge")
                .isEqualTo(1.0);
        assertThat(settings.multiplier(20, 0, 60, 0))
                .as("nobody converted: no signal")
                .isEqualTo(1.0);
    }

    @Test
    void given_A_converting_twice_the_pools_rate_and_C_none_35_leads_go_20_10_5() {
        Pool pool = pool(PerformanceWeighting.DEFAULT);
        givenAHistory(pool, 10, 5, 0);

        List<Assignment> next = submit(pool, 35);

        assertThat(next.stream()
                        .map(Assignment::repId)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .containsOnly(Map.entry(A, 20L), Map.entry(B, 10L), Map.entry(C, 5L));
        Candidate a = next.stream()
                .filter(x -> A.equals(x.repId()))
                .findFirst()
                .orElseThrow()
                .explanation()
                .candidates()
                .get(0);
        assertThat(a.multiplier()).isEqualTo(2.0);
        assertThat(a.effectiveWeight()).isEqualTo(2.0);
        assertThat(next.get(0).explanation().reason().values())
                .containsEntry("strategy", "PERFORMANCE_WEIGHTED")
                .containsEntry("days", 30L);
    }

    @Test
    void leads_older_than_the_period_do_not_count() {
        Pool pool = pool(new PerformanceWeighting(7, 0.5, 2.0, 10));
        givenAHistory(pool, 10, 5, 0);

        List<Assignment> next = submit(pool, 6);

        assertThat(next.stream().map(Assignment::repId).toList()).containsExactly(A, B, C, A, B, C);
        assertThat(next.get(0).explanation().candidates().get(0).multiplier()).isEqualTo(1.0);
    }

    @Test
    void a_conversion_is_recorded_once_per_lead_and_only_for_a_known_lead() {
        Pool pool = pool(PerformanceWeighting.DEFAULT);
        LeadId lead = submit(pool, 1).get(0).leadId();

        RecordConversion.Converted first = recordConversion.record(lead);
        world.clock.advance(Duration.ofHours(1));
        RecordConversion.Converted again = recordConversion.record(lead);

        assertThat(again.convertedAt()).isEqualTo(first.convertedAt()).isEqualTo(now);
        assertThat(world.conversions.between(pool.id(), List.of(A), now.minusSeconds(1), now.plusSeconds(1)))
                .containsOnly(Map.entry(A, new Conversions.Results(1, 1)));
        assertThatThrownBy(() -> recordConversion.record(new LeadId("ghost")))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("leadId");
                });
    }

    @Test
    void bounds_that_make_no_sense_are_rejected_naming_the_setting() {
        assertThatThrownBy(() -> new PerformanceWeighting(0, 0.5, 2.0, 10))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("performance.days"));
        assertThatThrownBy(() -> new PerformanceWeighting(30, 1.5, 2.0, 10))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("performance.minMultiplier"));
        assertThatThrownBy(() -> new PerformanceWeighting(30, 0.5, 0.9, 10))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("performance.maxMultiplier"));
    }
}
