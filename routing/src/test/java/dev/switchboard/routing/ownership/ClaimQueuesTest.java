package dev.switchboard.routing.ownership;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClaimQueuesTest {

    private final World world = new World();
    private final Pool team = world.pool(A, B);

    private LeadId queued(QueueMode mode, int n) {
        FormId form = world.queueForm(team.id(), mode);
        return world.submitLead
                .submit(SubmitLeadCommand.throughForm(form, SampleLeads.prospect(n), null))
                .lead()
                .id();
    }

    private Assignment assignment(LeadId lead) {
        return world.assignments.forLead(lead).orElseThrow();
    }

    private static void rejects(Runnable action, ErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void a_member_claims_a_shark_tank_lead_which_owns_and_accepts_it_and_the_decision_stays_as_routed() {
        LeadId lead = queued(QueueMode.SHARK_TANK, 1);

        LeadChanged<LeadReassigned> claimed = world.claimLead.claim(new LeadCommand(lead, B));

        Assignment after = assignment(lead);
        assertThat(claimed.assignment()).isEqualTo(after);
        assertThat(after.repId()).isNull();
        assertThat(after.explanation().reason())
                .isInstanceOfSatisfying(
                        Reason.Queued.class, queued -> assertThat(queued.mode()).isEqualTo(QueueMode.SHARK_TANK));
        assertThat(after.ownership().owner()).isEqualTo(B);
        assertThat(after.ownership().accepted()).isTrue();
        assertThat(after.ownership().waitingInQueue()).isFalse();
        assertThat(after.ownership().history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(OwnershipChange.Kind.CLAIMED);
            assertThat(change.by()).isEqualTo("B");
            assertThat(change.from()).isNull();
            assertThat(change.to()).isEqualTo(B);
        });
    }

    @Test
    void a_second_claim_is_already_claimed_and_changes_nothing() {
        LeadId lead = queued(QueueMode.SHARK_TANK, 1);
        world.claimLead.claim(new LeadCommand(lead, A));
        Assignment before = assignment(lead);

        rejects(() -> world.claimLead.claim(new LeadCommand(lead, B)), ErrorCode.ALREADY_CLAIMED, "leadId");

        assertThat(assignment(lead)).isEqualTo(before);
    }

    @Test
    void only_active_present_members_of_the_queues_pool_may_claim() {
        LeadId lead = queued(QueueMode.BLIND_PULL, 1);
        world.awayUntil(B, world.clock.instant().plus(Duration.ofDays(1)));

        rejects(() -> world.claimLead.claim(new LeadCommand(lead, C)), ErrorCode.NOT_MEMBER, "repId");
        rejects(() -> world.claimLead.claim(new LeadCommand(lead, B)), ErrorCode.UNAVAILABLE, "repId");
        rejects(() -> world.claimLead.claim(new LeadCommand(lead, new RepId("ghost"))), ErrorCode.NOT_FOUND, "repId");
        rejects(() -> world.claimLead.claim(new LeadCommand(LeadId.random(), A)), ErrorCode.NOT_FOUND, "leadId");

        assertThat(assignment(lead).ownership().waitingInQueue()).isTrue();
        assertThat(assignment(lead).ownership().version()).isZero();
    }

    @Test
    void a_lead_that_was_not_queued_cannot_be_claimed() {
        LeadId lead = world.submitLead
                .submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(1), null))
                .lead()
                .id();

        rejects(() -> world.claimLead.claim(new LeadCommand(lead, B)), ErrorCode.NOT_CLAIMABLE, "leadId");
    }

    @Test
    void fifty_members_claiming_one_lead_at_once_leave_exactly_one_winner() throws Exception {
        List<RepId> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RepId rep = new RepId("M" + i);
            world.reps.add(new Rep(
                    rep, "Member " + i, new EmailAddress("m" + i + "@sales.example"), ZoneId.of("UTC"), true, null));
            members.add(rep);
        }
        Pool big = world.pool(members.toArray(RepId[]::new));
        FormId form = world.queueForm(big.id(), QueueMode.SHARK_TANK);
        LeadId lead = world.submitLead
                .submit(SubmitLeadCommand.throughForm(form, SampleLeads.prospect(1), null))
                .lead()
                .id();

        List<String> results = race(members.stream()
                .<Callable<String>>map(rep -> () -> {
                    try {
                        world.claimLead.claim(new LeadCommand(lead, rep));
                        return "won";
                    } catch (InputRejected e) {
                        return e.code().name();
                    }
                })
                .toList());

        assertThat(results).containsOnly("won", "ALREADY_CLAIMED");
        assertThat(results).filteredOn("won"::equals).hasSize(1);
        assertThat(assignment(lead).ownership().history()).hasSize(1);
    }

    @Test
    void a_shotgun_lead_goes_to_the_first_member_who_accepts_it() {
        LeadId lead = queued(QueueMode.SHOTGUN, 1);

        rejects(() -> world.claimLead.claim(new LeadCommand(lead, A)), ErrorCode.NOT_CLAIMABLE, "leadId");
        rejects(() -> world.acceptLead.accept(new LeadCommand(lead, C)), ErrorCode.NOT_MEMBER, "repId");
        world.acceptLead.accept(new LeadCommand(lead, B));
        rejects(() -> world.acceptLead.accept(new LeadCommand(lead, A)), ErrorCode.ALREADY_CLAIMED, "leadId");

        Assignment after = assignment(lead);
        assertThat(after.ownership().owner()).isEqualTo(B);
        assertThat(after.ownership().accepted()).isTrue();
        assertThat(after.ownership().history())
                .extracting(OwnershipChange::kind)
                .containsExactly(OwnershipChange.Kind.ACCEPTED);
    }

    @Test
    void the_open_queue_lists_waiting_leads_oldest_first_and_hides_blind_pull_details_until_claimed() {
        LeadId first = queued(QueueMode.BLIND_PULL, 1);
        world.clock.advance(Duration.ofSeconds(1));
        LeadId second = queued(QueueMode.BLIND_PULL, 2);
        world.clock.advance(Duration.ofSeconds(1));
        LeadId third = queued(QueueMode.BLIND_PULL, 3);
        world.claimLead.claim(new LeadCommand(second, A));

        var page = world.assignments.waitingIn(team.id(), 1, null);
        var next =
                world.assignments.waitingIn(team.id(), 10, page.items().get(0).position());

        assertThat(page.items()).extracting(Assignment::leadId).containsExactly(first);
        assertThat(page.hasMore()).isTrue();
        assertThat(next.items()).extracting(Assignment::leadId).containsExactly(third);
        assertThat(assignment(first).ownership().detailsHidden()).isTrue();
        assertThat(assignment(second).ownership().detailsHidden()).isFalse();
    }

    private static List<String> race(List<Callable<String>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }
}
