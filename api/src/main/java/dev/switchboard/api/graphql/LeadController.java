package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.access.WidgetSubmissions;
import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.LeadFilter;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.routing.intake.LeadRouted;
import dev.switchboard.routing.intake.SubmitLead;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LeadController {

    record SubmitLeadPayload(LeadView lead, AssignmentView assignment, boolean repeated, List<UserError> errors) {}

    private final SubmitLead submitLead;
    private final Leads leads;
    private final Assignments assignments;
    private final Pools pools;
    private final WidgetSubmissions widgetSubmissions;

    LeadController(
            SubmitLead submitLead,
            Leads leads,
            Assignments assignments,
            Pools pools,
            WidgetSubmissions widgetSubmissions) {
        this.widgetSubmissions = widgetSubmissions;
        this.submitLead = submitLead;
        this.leads = leads;
        this.assignments = assignments;
        this.pools = pools;
    }

    @MutationMapping
    SubmitLeadPayload submitLead(
            @Argument SubmitLeadInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller,
            DataFetchingEnvironment env) {
        widgetSubmissions.check(caller, input.form(), input.pool(), input.honeypot(), input.startedAt());
        try {
            LeadRouted routed = submitLead.submit(input.toCommand(caller));
            // A prospect sees what they sent, never what the server filled in for them (see formShortening).
            LeadView lead =
                    LeadView.of(caller instanceof Caller.Widget ? routed.lead().asSubmitted() : routed.lead());
            if (routed.inProgress()) {
                return new SubmitLeadPayload(
                        lead,
                        null,
                        true,
                        List.of(
                                new UserError(
                                        ErrorCode.IN_PROGRESS,
                                        "idempotencyKey",
                                        "the first submission with this key is still being routed; retry shortly for its result")));
            }
            AssignmentView assignment = routed.assignment()
                    .map(AssignmentView::of)
                    .map(a -> caller instanceof Caller.Widget ? a.forProspect() : a)
                    .orElse(null);
            answerWithWhatWasRead(env, routed, lead, assignment);
            return new SubmitLeadPayload(lead, assignment, routed.repeat(), List.of());
        } catch (InputRejected rejected) {
            return new SubmitLeadPayload(null, null, false, UserError.of(input.named(rejected)));
        } catch (InputsRejected rejected) {
            return new SubmitLeadPayload(null, null, false, UserError.of(rejected));
        }
    }

    /**
     * The decision's rep and pool, as the submission read them to decide, become this request's answer for the
     * payload's {@code assignment { rep pool }} and {@code lead { pool }}, which then cost no read.
     */
    private static void answerWithWhatWasRead(
            DataFetchingEnvironment env, LeadRouted routed, LeadView lead, AssignmentView assignment) {
        routed.rep()
                .filter(rep -> assignment != null && rep.id().value().equals(assignment.repId()))
                .ifPresent(rep -> Batches.prime(env, "Assignment.rep", assignment, RepView.of(rep)));
        routed.pool().ifPresent(pool -> {
            PoolView view = PoolView.of(pool);
            if (assignment != null && pool.id().value().equals(assignment.poolId())) {
                Batches.prime(env, "Assignment.pool", assignment, view);
            }
            if (pool.id().value().equals(lead.poolId())) {
                Batches.prime(env, "Lead.pool", lead, view);
            }
        });
    }

    @QueryMapping
    LeadView lead(@Argument String id, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        LeadId leadId = new LeadId(id);
        if (caller instanceof Caller.Rep rep) {
            // A rep sees the leads they own, and nothing of the others, not even that they exist.
            Assignment decision = assignments.forLeads(List.of(leadId)).get(leadId);
            if (decision == null || !rep.repId().equals(decision.ownership().owner())) {
                return null;
            }
        }
        return leads.byId(leadId).map(LeadView::of).orElse(null);
    }

    @QueryMapping
    Connection<LeadView> leads(
            @Argument Integer first,
            @Argument String after,
            @Argument String email,
            @Argument String formId,
            @Argument String poolId,
            @Argument String repId,
            @Argument Outcome outcome,
            @Argument Instant submittedFrom,
            @Argument Instant submittedTo,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        int limit = Connection.limit(first);
        LeadFilter byLead = new LeadFilter(
                email == null ? null : new EmailAddress(email),
                formId == null ? null : new FormId(formId),
                submittedFrom,
                submittedTo);
        boolean byDecision = poolId != null || repId != null || outcome != null || caller instanceof Caller.Rep;
        if (byDecision) {
            if (!byLead.equals(LeadFilter.ANY)) {
                throw new InputRejected(
                        ErrorCode.NOT_AN_OPTION,
                        poolId != null ? "poolId" : repId != null ? "repId" : outcome != null ? "outcome" : "email",
                        "leads are filtered by their decision (poolId, repId, outcome; a rep's own leads) or by"
                                + " themselves (email, formId, submittedFrom, submittedTo), not both at once");
            }
            // Filtered by decision (and a rep's leads are those whose decisions they own now): paged through the
            // decisions, newest first.
            Assignments.Filter filter = new Assignments.Filter(
                    outcome,
                    caller instanceof Caller.Rep rep ? rep.repId() : repId == null ? null : new RepId(repId),
                    poolId == null ? null : new PoolId(poolId));
            Slice<Assignment> owned = assignments.newestFirst(limit, Cursor.ASSIGNMENTS.decode(after), filter);
            Map<LeadId, Lead> found =
                    leads.byIds(owned.items().stream().map(Assignment::leadId).toList());
            return Connection.of(
                    owned,
                    a -> Cursor.ASSIGNMENTS.encode(a.position()),
                    a -> LeadView.of(found.get(a.leadId())),
                    () -> assignments.count(filter));
        }
        var slice = leads.newestFirst(limit, Cursor.LEADS.decode(after), byLead);
        return Connection.of(
                slice, lead -> Cursor.LEADS.encode(lead.position()), LeadView::of, () -> leads.count(byLead));
    }

    @BatchMapping(typeName = "Lead", field = "assignment")
    Map<LeadView, AssignmentView> assignment(List<LeadView> page) {
        return Batches.load(page, l -> new LeadId(l.id()), assignments::forLeads, AssignmentView::of);
    }

    /** Pending until the lead has its routing decision (see RouteStrandedLeads for leads a crash left undecided). */
    @BatchMapping(typeName = "Lead", field = "status")
    Map<LeadView, LeadStatus> status(List<LeadView> page) {
        Map<LeadId, Assignment> decided =
                assignments.forLeads(page.stream().map(l -> new LeadId(l.id())).toList());
        Map<LeadView, LeadStatus> statuses = new LinkedHashMap<>();
        page.forEach(
                l -> statuses.put(l, decided.containsKey(new LeadId(l.id())) ? LeadStatus.ROUTED : LeadStatus.PENDING));
        return statuses;
    }

    enum LeadStatus {
        PENDING,
        ROUTED
    }

    @BatchMapping(typeName = "Lead", field = "pool")
    Map<LeadView, PoolView> pool(List<LeadView> page) {
        return Batches.load(page, l -> l.poolId() == null ? null : new PoolId(l.poolId()), pools::byIds, PoolView::of);
    }
}
