package dev.switchboard.routing.events;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.LeadAccepted;
import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLead;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import dev.switchboard.routing.ownership.LeadChanged;
import dev.switchboard.routing.ownership.LeadCommand;
import dev.switchboard.routing.ownership.ReassignLeadCommand;
import org.junit.jupiter.api.Test;

class LeadEventsTest {

    private final World world = new World();
    private final Pool team = world.pool(A, B);

    private LeadId submitted(int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(n), null))
                .lead()
                .id();
    }

    @Test
    void a_lead_submitted_then_accepted_records_submitted_assigned_accepted_in_that_order() {
        LeadId lead = submitted(1);
        world.acceptLead.accept(new LeadCommand(lead, A));

        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadAccepted");
        DomainEvent assigned = world.events.all().get(1);
        assertThat(assigned).isInstanceOfSatisfying(LeadAssigned.class, e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.ASSIGNED);
            assertThat(e.repId()).isEqualTo(A);
            assertThat(e.poolId()).isEqualTo(team.id());
        });
        assertThat(world.events.all().get(2)).isEqualTo(new LeadAccepted(lead, A, 1, world.clock.instant()));
    }

    @Test
    void accepting_twice_records_one_accept() {
        LeadId lead = submitted(1);
        world.acceptLead.accept(new LeadCommand(lead, A));
        world.acceptLead.accept(new LeadCommand(lead, A));

        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadAccepted");
    }

    @Test
    void event_ids_follow_from_what_happened_so_the_same_happening_has_the_same_id() {
        LeadId lead = submitted(1);

        assertThat(world.events.all())
                .extracting(DomainEvent::id)
                .containsExactly("lead:" + lead.value() + ":submitted", "lead:" + lead.value() + ":assigned");
    }

    @Test
    void a_process_that_stops_between_the_change_and_its_event_loses_no_event_the_relay_records_it() {
        world.events.failAfter(1);
        assertThatThrownBy(() -> submitted(1)).hasMessageContaining("stopped");
        LeadId lead = world.leads.newestFirst(1, null).items().get(0).id();
        assertThat(world.assignments.forLead(lead))
                .as("the decision was stored")
                .isPresent();
        assertThat(world.events.typesFor(lead.value())).containsExactly("LeadSubmitted");

        world.events.resume();
        // The accept itself is stored but its event is lost too.
        world.events.failAfter(0);
        assertThatThrownBy(() -> world.acceptLead.accept(new LeadCommand(lead, A)))
                .hasMessageContaining("stopped");
        world.events.resume();

        world.relayPendingEvents.run();

        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadAccepted");
        assertThat(world.leads.withEventsPending(10)).isEmpty();
        assertThat(world.assignments.withEventsPending(10)).isEmpty();
    }

    @Test
    void a_lead_and_its_decision_stored_without_their_events_get_both_from_the_relay_in_order() {
        world.events.failAfter(0);
        assertThatThrownBy(() -> submitted(1)).hasMessageContaining("stopped");
        world.events.resume();
        LeadId lead = world.leads.newestFirst(1, null).items().get(0).id();
        assertThat(world.assignments.forLead(lead))
                .as("both events are recorded after the decision is stored, in one write")
                .isPresent();
        assertThat(world.events.all()).isEmpty();

        world.relayPendingEvents.run();

        assertThat(world.events.typesFor(lead.value())).containsExactly("LeadSubmitted", "LeadAssigned");
    }

    @Test
    void a_lead_whose_decision_fails_to_be_stored_still_records_its_submitted_event_at_once() {
        SubmitLead failing = new SubmitLead(
                world.forms,
                world.routers,
                world.pools,
                world.leads,
                new InMemoryAssignments() {
                    @Override
                    public void add(Assignment assignment) {
                        throw new IllegalStateException("the database refused the decision");
                    }
                },
                world.routeLead,
                world.events,
                world.clock);
        assertThatThrownBy(() -> failing.submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(1), null)))
                .hasMessageContaining("refused");
        LeadId lead = world.leads.newestFirst(1, null).items().get(0).id();

        assertThat(world.assignments.forLead(lead)).isEmpty();
        assertThat(world.events.all()).singleElement().isInstanceOf(LeadSubmitted.class);
    }

    @Test
    void relaying_again_records_nothing_twice_and_a_change_after_the_relay_read_waits_for_the_next_run() {
        LeadId lead = submitted(1);
        world.relayPendingEvents.run();
        assertThat(world.relayPendingEvents.run()).isZero();

        world.acceptLead.accept(new LeadCommand(lead, A));
        assertThat(world.assignments.withEventsPending(10)).hasSize(1);
        world.relayPendingEvents.run();

        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadAccepted");
        assertThat(world.events.all()).hasSize(3);
    }

    @Test
    void a_claim_and_a_manual_move_are_lead_reassigned_events_with_their_kind() {
        LeadId lead = submitted(1);
        world.reassignLead.reassign(new ReassignLeadCommand(lead, B, "Alice", "speaks German"));

        assertThat(world.events.all().get(2).type()).isEqualTo("LeadReassigned");
        assertThat(world.events.all().get(2).id()).isEqualTo("lead:" + lead.value() + ":change:1");
    }

    @Test
    void a_rep_who_claimed_a_lead_and_then_accepts_it_changes_nothing_and_gets_the_claim_back() {
        FormId form = world.queueForm(team.id(), QueueMode.SHARK_TANK);
        LeadId lead = world.submitLead
                .submit(SubmitLeadCommand.throughForm(form, SampleLeads.prospect(1), null))
                .lead()
                .id();
        world.claimLead.claim(new LeadCommand(lead, B));

        LeadChanged<DomainEvent> accepted = world.acceptLead.accept(new LeadCommand(lead, B));

        assertThat(accepted.event())
                .isInstanceOfSatisfying(
                        LeadReassigned.class, e -> assertThat(e.kind()).isEqualTo(OwnershipChange.Kind.CLAIMED));
        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadReassigned");
    }
}
