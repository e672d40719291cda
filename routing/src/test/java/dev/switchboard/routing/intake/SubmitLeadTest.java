package dev.switchboard.routing.intake;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.World;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubmitLeadTest {

    private final World world = new World();

    private LeadRouted toPool(Pool pool, int n) {
        return world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null));
    }

    private List<RepId> submit(Pool pool, int leadCount) {
        return IntStream.range(0, leadCount)
                .mapToObj(n -> toPool(pool, n))
                .map(routed -> routed.assignment().orElseThrow().repId())
                .toList();
    }

    @Test
    void given_a_pool_of_A_and_B_four_leads_go_A_B_A_B() {
        Pool pool = world.pool(A, B);

        assertThat(submit(pool, 4)).containsExactly(A, B, A, B);
        assertThat(world.leads.count()).isEqualTo(4);
    }

    @Test
    void given_a_weighted_pool_1_1_2_eight_leads_go_C_A_B_C_C_A_B_C() {
        Pool pool = world.pool(
                Strategy.WEIGHTED_ROUND_ROBIN,
                List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 2)));

        assertThat(submit(pool, 8)).containsExactly(C, A, B, C, C, A, B, C);
    }

    @Test
    void an_inactive_rep_is_passed_over_and_the_assignment_says_so() {
        Pool pool = world.pool(A, B, C);
        world.deactivate(B);

        assertThat(toPool(pool, 1).assignment().orElseThrow().repId()).isEqualTo(A);
        Assignment passedOver = toPool(pool, 2).assignment().orElseThrow();

        assertThat(passedOver.repId()).isEqualTo(C);
        assertThat(passedOver.explanation().candidates())
                .containsExactly(
                        new Candidate(B, 1, 0, 0, false, Candidate.SkipReason.INACTIVE),
                        new Candidate(C, 1, 0, 0, true, null));
        assertThat(passedOver.explanation().reason())
                .isEqualTo(new Reason.PoolDrew(
                        pool.id(),
                        "Pool 1",
                        new Reason.Method(Strategy.ROUND_ROBIN, null, null, null, List.of(), null),
                        1,
                        3,
                        3,
                        1,
                        0,
                        0));
    }

    @Test
    void a_rep_out_of_office_is_passed_over_until_the_absence_ends() {
        Pool pool = world.pool(A, B);
        world.awayUntil(A, world.clock.instant().plusSeconds(3600));

        Assignment whileAway = toPool(pool, 1).assignment().orElseThrow();
        world.awayUntil(A, world.clock.instant());
        Assignment back = toPool(pool, 2).assignment().orElseThrow();

        assertThat(whileAway.repId()).isEqualTo(B);
        assertThat(whileAway.explanation().candidates().get(0).skipped()).isEqualTo(Candidate.SkipReason.OUT_OF_OFFICE);
        assertThat(back.repId()).isEqualTo(B);
        assertThat(toPool(pool, 3).assignment().orElseThrow().repId()).isEqualTo(A);
    }

    @Test
    void when_no_member_can_take_the_lead_it_is_stored_unassigned() {
        Pool pool = world.pool(A, B);
        world.deactivate(A);
        world.deactivate(B);

        LeadRouted routed = toPool(pool, 1);

        assertThat(routed.assignment().orElseThrow().outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(world.leads.byId(routed.lead().id())).isPresent();
    }

    @Test
    void the_assignment_records_the_turn_and_is_stored_with_the_lead() {
        Pool pool = world.pool(A, B);
        toPool(pool, 1);

        LeadRouted second = toPool(pool, 2);

        Assignment assignment = second.assignment().orElseThrow();
        assertThat(assignment.turn()).isEqualTo(1);
        assertThat(assignment.poolId()).isEqualTo(pool.id());
        assertThat(world.assignments.forLead(second.lead().id())).contains(assignment);
        assertThat(second.lead().submittedAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123Z"));
    }

    @Test
    void a_form_routes_through_the_live_version_of_its_router() {
        Pool pool = world.pool(A, B);
        RouterId routerId = RouterId.random();
        world.routers.addVersion(new Router(routerId, "Inbound", 1, List.of(), new RuleAction.RouteToPool(pool.id())));
        world.routers.addVersion(new Router(
                routerId,
                "Inbound",
                2,
                List.of(new Rule(
                        "Everyone to C", Compare.of(LeadField.EMAIL, Operator.EXISTS), new RuleAction.RouteToRep(C))),
                new RuleAction.RouteToPool(pool.id())));
        world.routers.publish(routerId, 1);
        Form form = new Form(FormId.random(), "Contact sales", routerId);
        world.forms.add(form);

        Assignment underVersionOne = world.submitLead
                .submit(SubmitLeadCommand.throughForm(form.id(), SampleLeads.prospect(1), null))
                .assignment()
                .orElseThrow();
        world.routers.publish(routerId, 2);
        Assignment underVersionTwo = world.submitLead
                .submit(SubmitLeadCommand.throughForm(form.id(), SampleLeads.prospect(2), null))
                .assignment()
                .orElseThrow();

        assertThat(underVersionOne.repId()).isEqualTo(A);
        assertThat(underVersionOne.explanation().routerVersion()).isEqualTo(1);
        assertThat(underVersionTwo.repId()).isEqualTo(C);
        assertThat(underVersionTwo.explanation().routerVersion()).isEqualTo(2);
        assertThat(underVersionTwo.explanation().rule()).isEqualTo("Everyone to C");
    }

    @Test
    void an_unknown_pool_or_form_or_an_unpublished_router_is_rejected_and_nothing_is_stored() {
        RouterId draftOnly = RouterId.random();
        world.routers.addVersion(new Router(draftOnly, "Draft", 1, List.of(), new RuleAction.RouteToRep(A)));
        Form form = new Form(FormId.random(), "Contact sales", draftOnly);
        world.forms.add(form);

        assertThatThrownBy(() -> world.submitLead.submit(
                        SubmitLeadCommand.toPool(new PoolId("nope"), SampleLeads.prospect(1), null)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("poolId");
                });
        assertThatThrownBy(() -> world.submitLead.submit(
                        SubmitLeadCommand.throughForm(new FormId("nope"), SampleLeads.prospect(1), null)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("formId"));
        assertThatThrownBy(() -> world.submitLead.submit(
                        SubmitLeadCommand.throughForm(form.id(), SampleLeads.prospect(1), null)))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.getMessage()).contains("no published router"));
        assertThat(world.leads.count()).isZero();
    }

    @Test
    void a_lead_names_a_form_or_a_pool_not_both() {
        assertThatThrownBy(() -> new SubmitLeadCommand(new FormId("f"), new PoolId("p"), SampleLeads.prospect(1), null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("formId"));
        assertThatThrownBy(() -> new SubmitLeadCommand(null, null, SampleLeads.prospect(1), null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_first_result_without_a_second_lead_or_turn() {
        Pool pool = world.pool(A, B);
        IdempotencyKey key = new IdempotencyKey("form:42", "attempt-1");
        LeadRouted first = world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), key));

        LeadRouted retry = world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), key));

        assertThat(retry.lead()).isEqualTo(first.lead());
        assertThat(retry.assignment()).isEqualTo(first.assignment());
        assertThat(retry.repeat()).isTrue();
        assertThat(first.repeat()).isFalse();
        assertThat(world.leads.count()).isEqualTo(1);
        assertThat(world.rotations.turnsTaken(pool.id())).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_lead_is_a_conflict_naming_the_key_and_stores_nothing() {
        Pool pool = world.pool(A, B);
        IdempotencyKey key = new IdempotencyKey("form:42", "attempt-1");
        world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), key));

        assertThatThrownBy(() ->
                        world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(2), key)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
                    assertThat(e.field()).isEqualTo("idempotencyKey");
                    assertThat(e.getMessage()).contains("attempt-1");
                });
        assertThat(world.leads.count()).isEqualTo(1);
    }

    @Test
    void the_same_key_in_another_callers_scope_is_another_key_and_answers_nothing_of_the_first_callers() {
        Pool pool = world.pool(A, B);
        LeadRouted mine = world.submitLead.submit(
                SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), new IdempotencyKey("form:mine", "k")));

        LeadRouted theirs = world.submitLead.submit(
                SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), new IdempotencyKey("form:theirs", "k")));

        assertThat(theirs.repeat()).isFalse();
        assertThat(theirs.lead().id()).isNotEqualTo(mine.lead().id());
        assertThat(world.leads.count()).isEqualTo(2);
    }

    @Test
    void a_retry_while_the_first_submission_has_no_decision_yet_says_it_is_in_progress() {
        Pool pool = world.pool(A, B);
        IdempotencyKey key = new IdempotencyKey("api-key:1", "k");
        SubmitLead crashing = new SubmitLead(
                world.forms,
                world.routers,
                world.pools,
                world.leads,
                failingAssignments(),
                world.routeLead,
                world.events,
                world.clock);
        assertThatThrownBy(() -> crashing.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), key)));

        LeadRouted retry = world.submitLead.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), key));

        assertThat(retry.repeat()).isTrue();
        assertThat(retry.inProgress()).isTrue();
        assertThat(world.leads.count()).isEqualTo(1);
    }

    private static InMemoryAssignments failingAssignments() {
        return new InMemoryAssignments() {
            @Override
            public void add(Assignment assignment) {
                throw new IllegalStateException("the instance stopped");
            }
        };
    }

    @Test
    void a_lead_is_stored_before_routing_so_a_failure_while_routing_loses_nothing() {
        Pool pool = world.pool(A, B);
        InMemoryAssignments failing = new InMemoryAssignments() {
            @Override
            public void add(Assignment assignment) {
                throw new IllegalStateException("database went away");
            }
        };
        SubmitLead withFailingStore = new SubmitLead(
                world.forms,
                world.routers,
                world.pools,
                world.leads,
                failing,
                world.routeLead,
                world.events,
                world.clock);

        assertThatThrownBy(() ->
                        withFailingStore.submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(1), null)))
                .hasMessage("database went away");
        assertThat(world.leads.count()).isEqualTo(1);
    }
}
