package dev.switchboard.routing.ownership;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static dev.switchboard.routing.World.DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.OwnershipChange.Kind;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlaReassignmentTest {

    private final World world = new World();
    private final Pool team = world.pool(A, B, C);

    private LeadId submitted(int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(n), null))
                .lead()
                .id();
    }

    private Assignment assignment(LeadId lead) {
        return world.assignments.forLead(lead).orElseThrow();
    }

    @Test
    void a_lead_not_accepted_in_time_moves_to_the_next_member_in_rotation_who_gets_a_fresh_deadline() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 3, null, DIRECTOR));
        LeadId lead = submitted(1);

        world.clock.advance(Duration.ofMinutes(9));
        assertThat(world.reassignOverdueLeads.run()).isEmpty();
        world.clock.advance(Duration.ofMinutes(1));
        List<LeadChanged<LeadReassigned>> moved = world.reassignOverdueLeads.run();

        Assignment after = assignment(lead);
        assertThat(moved)
                .singleElement()
                .extracting(LeadChanged::event)
                .isEqualTo(new LeadReassigned(
                        lead,
                        Kind.MOVED_BY_SLA,
                        "sla",
                        A,
                        B,
                        "not accepted within 10 minutes, so the next member of pool Pool 1 in rotation",
                        1,
                        world.clock.instant()));
        assertThat(after.repId()).isEqualTo(A);
        assertThat(after.ownership().owner()).isEqualTo(B);
        assertThat(after.ownership().moves()).isEqualTo(1);
        assertThat(after.ownership().acceptBy()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(10)));
    }

    @Test
    void an_accepted_lead_never_moves() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 3, null, null));
        LeadId lead = submitted(1);
        world.acceptLead.accept(new LeadCommand(lead, A));

        world.clock.advance(Duration.ofHours(1));

        assertThat(world.reassignOverdueLeads.run()).isEmpty();
        assertThat(assignment(lead).ownership().owner()).isEqualTo(A);
    }

    @Test
    void the_move_passes_over_the_owner_and_away_members_and_takes_the_pools_next_turn() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 3, null, null));
        LeadId lead = submitted(1);
        world.awayUntil(B, world.clock.instant().plus(Duration.ofDays(1)));

        world.clock.advance(Duration.ofMinutes(10));
        world.reassignOverdueLeads.run();

        assertThat(assignment(lead).ownership().owner()).isEqualTo(C);
        assertThat(world.rotations.turnsTaken(team.id())).isEqualTo(2);
        assertThat(world.submitLead
                        .submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(2), null))
                        .assignment()
                        .orElseThrow()
                        .repId())
                .isEqualTo(C);
    }

    @Test
    void after_max_moves_the_lead_escalates_to_the_target_marked_urgent_and_stops_moving() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 2, null, DIRECTOR));
        LeadId lead = submitted(1);

        List<RepId> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            world.clock.advance(Duration.ofMinutes(10));
            world.reassignOverdueLeads.run();
            owners.add(assignment(lead).ownership().owner());
        }

        Assignment after = assignment(lead);
        assertThat(owners).containsExactly(B, C, DIRECTOR, DIRECTOR);
        assertThat(after.ownership().urgent()).isTrue();
        assertThat(after.ownership().acceptBy()).isNull();
        assertThat(after.ownership().history())
                .extracting(OwnershipChange::kind)
                .containsExactly(Kind.MOVED_BY_SLA, Kind.MOVED_BY_SLA, Kind.ESCALATED);
        assertThat(after.ownership().history().get(2).reason())
                .isEqualTo("not accepted within 10 minutes after 2 moves, so escalated to Rep DIRECTOR");
    }

    @Test
    void when_nobody_else_can_take_it_and_there_is_no_target_the_lead_stays_marked_urgent() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 3, null, null));
        LeadId lead = submitted(1);
        world.deactivate(B);
        world.awayUntil(C, world.clock.instant().plus(Duration.ofDays(1)));

        world.clock.advance(Duration.ofMinutes(10));
        world.reassignOverdueLeads.run();

        Assignment after = assignment(lead);
        assertThat(after.ownership().owner()).isEqualTo(A);
        assertThat(after.ownership().urgent()).isTrue();
        assertThat(after.ownership().acceptBy()).isNull();
        assertThat(after.ownership().moves()).isZero();
        assertThat(after.ownership().history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.ESCALATED);
            assertThat(change.reason())
                    .isEqualTo(
                            "not accepted within 10 minutes and no other member of pool Pool 1 can take it, so marked urgent where it is");
        });
    }

    @Test
    void escalating_to_a_pool_takes_that_pools_turn() {
        Pool directors = world.pool(DIRECTOR);
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 0, directors.id(), null));
        LeadId lead = submitted(1);

        world.clock.advance(Duration.ofMinutes(10));
        world.reassignOverdueLeads.run();

        assertThat(assignment(lead).ownership().owner()).isEqualTo(DIRECTOR);
        assertThat(world.rotations.turnsTaken(directors.id())).isEqualTo(1);
    }

    @Test
    void many_runs_at_once_move_each_due_lead_exactly_once_and_waste_no_turn() throws Exception {
        world.pools.setAcceptSla(team.id(), new AcceptSla(10, 3, null, null));
        List<LeadId> leads = IntStream.range(0, 30).mapToObj(this::submitted).toList();
        world.clock.advance(Duration.ofMinutes(10));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(8);
        List<Future<List<LeadChanged<LeadReassigned>>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    return world.reassignOverdueLeads.run();
                }));
            }
            start.countDown();
            int moved = 0;
            for (Future<List<LeadChanged<LeadReassigned>>> run : runs) {
                moved += run.get().size();
            }
            assertThat(moved).isEqualTo(30);
        } finally {
            instances.shutdown();
        }
        assertThat(leads).allSatisfy(lead -> {
            assertThat(assignment(lead).ownership().history())
                    .singleElement()
                    .extracting(OwnershipChange::kind)
                    .isEqualTo(Kind.MOVED_BY_SLA);
            assertThat(assignment(lead).ownership().moves()).isEqualTo(1);
        });
        assertThat(world.rotations.turnsTaken(team.id())).isEqualTo(60);
    }
}
