package dev.switchboard.routing.intake;

import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.InMemoryLeads;
import dev.switchboard.domain.fixture.InMemoryPools;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.fixture.InMemoryRotations;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Assignments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmitLeadTest {

    private static final RepId A = new RepId("rep-a");
    private static final RepId B = new RepId("rep-b");
    private static final RepId C = new RepId("rep-c");

    private final InMemoryPools pools = new InMemoryPools();
    private final InMemoryReps reps = new InMemoryReps();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryRotations rotations = new InMemoryRotations();
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00.123456Z"), ZoneOffset.UTC);
    private final SubmitLead submitLead = new SubmitLead(pools, reps, leads, rotations, assignments, clock);

    @BeforeEach
    void team() {
        List.of(A, B, C).forEach(id -> reps.add(new Rep(id, "Rep " + id, new EmailAddress(id + "@sales.example"),
                ZoneId.of("Europe/Paris"), true)));
    }

    private Pool pool(RepId... members) {
        return pool(Strategy.ROUND_ROBIN, List.of(members).stream().map(r -> new PoolMember(r, 1)).toList());
    }

    private Pool pool(Strategy strategy, List<PoolMember> members) {
        Pool pool = new Pool(PoolId.random(), "Inbound", strategy, members);
        pools.add(pool);
        return pool;
    }

    private List<RepId> submit(Pool pool, int leadCount) {
        return IntStream.range(0, leadCount)
                .mapToObj(n -> submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(n), null)))
                .map(routed -> routed.assignment().orElseThrow().repId())
                .toList();
    }

    private void deactivate(RepId id) {
        Rep rep = reps.byId(id).orElseThrow();
        reps.replace(new Rep(rep.id(), rep.name(), rep.email(), rep.timeZone(), false));
    }

    @Test
    void given_a_pool_of_A_and_B_four_leads_go_A_B_A_B() {
        Pool pool = pool(A, B);

        assertThat(submit(pool, 4)).containsExactly(A, B, A, B);
        assertThat(leads.count()).isEqualTo(4);
    }

    @Test
    void given_a_weighted_pool_1_1_2_eight_leads_go_C_A_B_C_C_A_B_C() {
        Pool pool = pool(Strategy.WEIGHTED_ROUND_ROBIN, List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 2)));

        assertThat(submit(pool, 8)).containsExactly(C, A, B, C, C, A, B, C);
    }

    @Test
    void an_inactive_rep_is_passed_over_and_the_assignment_says_so() {
        Pool pool = pool(A, B, C);
        deactivate(B);

        LeadRouted first = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), null));
        LeadRouted second = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(2), null));

        assertThat(first.assignment().orElseThrow().repId()).isEqualTo(A);
        Assignment passedOver = second.assignment().orElseThrow();
        assertThat(passedOver.repId()).isEqualTo(C);
        assertThat(passedOver.candidates()).containsExactly(
                new Candidate(B, 1, false, Candidate.SkipReason.INACTIVE),
                new Candidate(C, 1, true, null));
        assertThat(passedOver.reason()).isEqualTo("round robin: turn 2 goes to member 3 of 3 after passing over 1 member");
    }

    @Test
    void when_no_member_can_take_the_lead_it_is_stored_unassigned() {
        Pool pool = pool(A, B);
        deactivate(A);
        deactivate(B);

        LeadRouted routed = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), null));

        assertThat(routed.assignment()).isEmpty();
        assertThat(leads.byId(routed.lead().id())).isPresent();
    }

    @Test
    void the_assignment_explains_the_turn_and_is_stored_with_the_lead() {
        Pool pool = pool(A, B);
        submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), null));

        LeadRouted second = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(2), null));

        Assignment assignment = second.assignment().orElseThrow();
        assertThat(assignment.turn()).isEqualTo(1);
        assertThat(assignment.reason()).isEqualTo("round robin: turn 2 goes to member 2 of 2");
        assertThat(assignments.forLead(second.lead().id())).contains(assignment);
        assertThat(second.lead().submittedAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123Z"));
    }

    @Test
    void an_unknown_pool_is_rejected_on_poolId_and_nothing_is_stored() {
        assertThatThrownBy(() -> submitLead.submit(new SubmitLeadCommand(new PoolId("nope"), SampleLeads.prospect(1), null)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("poolId");
                });
        assertThat(leads.count()).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_result_without_a_second_lead_or_turn() {
        Pool pool = pool(A, B);
        LeadRouted first = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), "form-42"));

        LeadRouted retry = submitLead.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), "form-42"));

        assertThat(retry).isEqualTo(first);
        assertThat(leads.count()).isEqualTo(1);
        assertThat(rotations.turnsTaken(pool.id())).isEqualTo(1);
    }

    @Test
    void a_lead_is_stored_before_routing_so_a_failure_while_routing_loses_nothing() {
        Pool pool = pool(A, B);
        Assignments failing = new InMemoryAssignments() {
            @Override
            public void add(Assignment assignment) {
                throw new IllegalStateException("database went away");
            }
        };
        SubmitLead withFailingStore = new SubmitLead(pools, reps, leads, rotations, failing, clock);

        assertThatThrownBy(() -> withFailingStore.submit(new SubmitLeadCommand(pool.id(), SampleLeads.prospect(1), null)))
                .hasMessage("database went away");
        assertThat(leads.count()).isEqualTo(1);
    }
}
