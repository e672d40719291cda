package dev.switchboard.routing.intake;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.routing.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RouteStrandedLeadsTest {

    private final World world = new World();

    /** A submission whose instance stops after storing the lead and before storing its decision. */
    private LeadId stranded(SubmitLeadCommand command) {
        SubmitLead crashing = new SubmitLead(
                world.forms,
                world.routers,
                world.pools,
                world.leads,
                new InMemoryAssignments() {
                    @Override
                    public void add(Assignment assignment) {
                        throw new IllegalStateException("killed");
                    }
                },
                world.routeLead,
                world.events,
                world.clock);
        List<LeadId> before = world.leads.newestFirst(1000, null).items().stream()
                .map(Lead::id)
                .toList();
        assertThatThrownBy(() -> crashing.submit(command)).hasMessage("killed");
        return world.leads.newestFirst(1000, null).items().stream()
                .map(Lead::id)
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_lead_stored_without_a_decision_is_routed_once_its_grace_period_is_over() {
        Pool pool = world.pool(A, B);
        LeadId lead = stranded(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), null));

        world.clock.advance(Duration.ofSeconds(29));
        assertThat(world.routeStrandedLeads.run()).isEmpty();
        assertThat(world.assignments.forLead(lead)).isEmpty();

        world.clock.advance(Duration.ofSeconds(2));
        List<Assignment> routed = world.routeStrandedLeads.run();

        assertThat(routed).extracting(Assignment::leadId).containsExactly(lead);
        assertThat(world.assignments.forLead(lead)).contains(routed.get(0));
        assertThat(routed.get(0).outcome()).isEqualTo(Outcome.ASSIGNED);
        assertThat(world.events.all())
                .filteredOn(LeadAssigned.class::isInstance)
                .hasSize(1);
        assertThat(world.routeStrandedLeads.run()).isEmpty();
    }

    @Test
    void a_lead_through_a_form_is_routed_by_the_forms_live_router() {
        Pool pool = world.pool(A, B);
        LeadId lead = stranded(SubmitLeadCommand.throughForm(
                world.queueForm(pool.id(), QueueMode.SHARK_TANK), SampleLeads.prospect(1), null));
        world.clock.advance(Duration.ofMinutes(1));

        world.routeStrandedLeads.run();

        assertThat(world.assignments.forLead(lead).orElseThrow().outcome()).isEqualTo(Outcome.QUEUED);
    }

    @Test
    void leads_routed_by_their_own_submission_are_left_alone_and_take_no_second_turn() {
        Pool pool = world.pool(A, B);
        Assignment first = world.submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), null))
                .assignment()
                .orElseThrow();
        world.clock.advance(Duration.ofMinutes(1));

        assertThat(world.routeStrandedLeads.run()).isEmpty();

        assertThat(world.assignments.forLead(first.leadId())).contains(first);
        assertThat(world.rotations.turnsTaken(pool.id())).isEqualTo(1);
        assertThat(world.leads.unrouted(world.clock.instant(), world.clock.instant(), 10))
                .isEmpty();
    }

    @Test
    void a_retry_answers_in_progress_before_the_recovery_and_the_recovered_decision_after() {
        Pool pool = world.pool(A, B);
        SubmitLeadCommand command =
                SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), new IdempotencyKey("form:f", "k"));
        stranded(command);
        assertThat(world.submitLead.submit(command).inProgress()).isTrue();

        world.clock.advance(Duration.ofMinutes(1));
        Assignment recovered = world.routeStrandedLeads.run().get(0);

        LeadRouted retry = world.submitLead.submit(command);
        assertThat(retry.inProgress()).isFalse();
        assertThat(retry.assignment()).contains(recovered);
    }

    @Test
    void runs_at_once_route_each_stranded_lead_exactly_once() throws Exception {
        Pool pool = world.pool(A, B);
        List<LeadId> leads = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            leads.add(stranded(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null)));
        }
        world.clock.advance(Duration.ofMinutes(1));
        long turnsBefore = world.rotations.turnsTaken(pool.id());

        ExecutorService runners = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                runs.add(runners.submit(() -> {
                    start.await();
                    return world.routeStrandedLeads.run().size();
                }));
            }
            start.countDown();
            int routed = 0;
            for (Future<Integer> run : runs) {
                routed += run.get();
            }
            assertThat(routed).isEqualTo(40);
        } finally {
            runners.shutdown();
        }
        assertThat(world.assignments.forLeads(leads)).hasSize(40);
        assertThat(world.rotations.turnsTaken(pool.id()) - turnsBefore)
                .as("one turn per lead")
                .isEqualTo(40);
    }

    @Test
    void a_submission_slower_than_the_grace_period_and_the_recovery_leave_one_decision_and_both_answer_it() {
        Pool pool = world.pool(A, B);
        // The first submission stores its lead, then stalls while the recovery routes it, then tries to store its own.
        List<Assignment> recoveredMeanwhile = new ArrayList<>();
        InMemoryAssignments slow = new InMemoryAssignments() {
            @Override
            public void add(Assignment assignment) {
                world.clock.advance(Duration.ofMinutes(1));
                recoveredMeanwhile.addAll(world.routeStrandedLeads.run());
                world.assignments.add(assignment);
            }

            @Override
            public java.util.Optional<Assignment> forLead(LeadId lead) {
                return world.assignments.forLead(lead);
            }
        };
        SubmitLead slowSubmission = new SubmitLead(
                world.forms, world.routers, world.pools, world.leads, slow, world.routeLead, world.events, world.clock);

        LeadRouted answer = slowSubmission.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), null));

        assertThat(recoveredMeanwhile).hasSize(1);
        assertThat(answer.assignment()).contains(recoveredMeanwhile.get(0));
        assertThat(world.assignments.forLead(answer.lead().id())).contains(recoveredMeanwhile.get(0));
        assertThat(world.events.all())
                .filteredOn(LeadAssigned.class::isInstance)
                .hasSize(1);
    }
}
