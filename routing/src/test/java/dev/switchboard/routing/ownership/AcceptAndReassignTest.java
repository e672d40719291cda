package dev.switchboard.routing.ownership;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import dev.switchboard.routing.qualification.FreeMailDomains;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptAndReassignTest {

    private final World world = new World();
    private final Pool team = world.pool(A, B);

    private LeadId submitted(int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(team.id(), SampleLeads.prospect(n), null))
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
    void the_owner_accepts_a_lead_from_a_pool_with_a_deadline_and_the_clock_stops() {
        world.pools.setAcceptSla(team.id(), new AcceptSla(15, 2, null, null));
        LeadId lead = submitted(1);
        assertThat(assignment(lead).ownership().acceptBy())
                .isEqualTo(world.clock.instant().plus(Duration.ofMinutes(15)));

        world.acceptLead.accept(new LeadCommand(lead, A));

        assertThat(assignment(lead).ownership().accepted()).isTrue();
        assertThat(assignment(lead).ownership().acceptBy()).isNull();
        assertThat(assignment(lead).ownership().history())
                .extracting(OwnershipChange::kind)
                .containsExactly(OwnershipChange.Kind.ACCEPTED);
    }

    @Test
    void only_the_owner_may_accept_and_accepting_twice_changes_nothing() {
        LeadId lead = submitted(1);

        rejects(() -> world.acceptLead.accept(new LeadCommand(lead, B)), ErrorCode.NOT_OWNER, "repId");
        world.acceptLead.accept(new LeadCommand(lead, A));
        world.acceptLead.accept(new LeadCommand(lead, A));

        assertThat(assignment(lead).ownership().version()).isEqualTo(1);
    }

    @Test
    void an_admin_reassigns_an_assigned_lead_and_the_history_says_who_and_why() {
        LeadId lead = submitted(1);

        LeadChanged<LeadReassigned> reassigned =
                world.reassignLead.reassign(new ReassignLeadCommand(lead, C, "Alice Admin", "speaks German"));

        Assignment after = assignment(lead);
        assertThat(after.repId()).isEqualTo(A);
        assertThat(after.ownership().owner()).isEqualTo(C);
        assertThat(after.ownership().moves()).isEqualTo(1);
        assertThat(reassigned.event())
                .isEqualTo(new LeadReassigned(
                        lead,
                        OwnershipChange.Kind.REASSIGNED,
                        "Alice Admin",
                        A,
                        C,
                        "speaks German",
                        1,
                        world.clock.instant()));
        assertThat(world.events.typesFor(lead.value()))
                .containsExactly("LeadSubmitted", "LeadAssigned", "LeadReassigned");
    }

    @Test
    void an_admin_may_assign_a_disqualified_lead_but_not_to_its_owner_or_an_inactive_rep() {
        world.qualifications.replace(new Qualification(
                FreeMailDomains.shipped(), false, List.of("acme.example"), List.of(), List.of(), null, null));
        LeadId lead = submitted(1);
        assertThat(assignment(lead).outcome()).isEqualTo(Outcome.DISQUALIFIED);
        world.deactivate(B);

        rejects(
                () -> world.reassignLead.reassign(new ReassignLeadCommand(lead, B, "Alice", "try")),
                ErrorCode.UNAVAILABLE,
                "repId");
        world.reassignLead.reassign(new ReassignLeadCommand(lead, A, "Alice", "a partner after all"));
        rejects(
                () -> world.reassignLead.reassign(new ReassignLeadCommand(lead, A, "Alice", "again")),
                ErrorCode.DUPLICATE,
                "repId");

        assertThat(assignment(lead).ownership().owner()).isEqualTo(A);
        assertThat(assignment(lead).ownership().history()).hasSize(1);
    }

    @Test
    void a_reassignment_names_the_admin_and_a_reason() {
        rejects(() -> new ReassignLeadCommand(LeadId.random(), A, " ", "why"), ErrorCode.REQUIRED, "by");
        rejects(() -> new ReassignLeadCommand(LeadId.random(), A, "Alice", null), ErrorCode.REQUIRED, "reason");
    }
}
