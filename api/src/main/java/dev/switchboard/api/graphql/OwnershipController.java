package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Refused;
import dev.switchboard.api.graphql.Views.AcceptSlaView;
import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.ChangeView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.OwnershipView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.routing.ownership.AcceptLead;
import dev.switchboard.routing.ownership.ClaimLead;
import dev.switchboard.routing.ownership.LeadCommand;
import dev.switchboard.routing.ownership.ReassignLead;
import dev.switchboard.routing.ownership.ReassignLeadCommand;
import dev.switchboard.routing.setup.SetPoolSla;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What happens to a lead after its routing decision: claim queues, accepting, re-assignment, the SLA, and the lists. */
@Controller
class OwnershipController {

    record LeadActionInput(String leadId, String repId) {}

    record ReassignLeadInput(String leadId, String repId, String by, String reason) {}

    record SetPoolSlaInput(
            String poolId,
            Integer acceptWithinMinutes,
            Integer maxMoves,
            String escalateToPoolId,
            String escalateToRepId) {}

    record AssignmentPayload(AssignmentView assignment, List<UserError> errors) {}

    record SetPoolSlaPayload(PoolView pool, List<UserError> errors) {}

    record QueuedLeadView(
            String id,
            Instant submittedAt,
            QueueMode mode,
            boolean detailsHidden,
            String tier,
            int score,
            String name,
            String email,
            String company,
            String jobTitle,
            String country,
            LeadView lead) {

        static QueuedLeadView of(Assignment a, Lead lead) {
            boolean hidden = a.ownership().detailsHidden();
            LeadDetails d = hidden ? null : lead.details();
            return new QueuedLeadView(
                    a.leadId().value(),
                    lead.submittedAt(),
                    a.ownership().queueMode(),
                    hidden,
                    a.explanation().qualification().tier(),
                    a.explanation().qualification().score(),
                    d == null ? null : d.name(),
                    d == null ? null : d.email().value(),
                    d == null ? null : d.company(),
                    d == null ? null : d.jobTitle(),
                    d == null ? null : d.country(),
                    hidden ? null : LeadView.of(lead));
        }
    }

    private final ClaimLead claimLead;
    private final AcceptLead acceptLead;
    private final ReassignLead reassignLead;
    private final SetPoolSla setPoolSla;
    private final Assignments assignments;
    private final Leads leads;
    private final Pools pools;
    private final Reps reps;

    OwnershipController(
            ClaimLead claimLead,
            AcceptLead acceptLead,
            ReassignLead reassignLead,
            SetPoolSla setPoolSla,
            Assignments assignments,
            Leads leads,
            Pools pools,
            Reps reps) {
        this.claimLead = claimLead;
        this.acceptLead = acceptLead;
        this.reassignLead = reassignLead;
        this.setPoolSla = setPoolSla;
        this.assignments = assignments;
        this.leads = leads;
        this.pools = pools;
        this.reps = reps;
    }

    @MutationMapping
    AssignmentPayload claimLead(
            @Argument LeadActionInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        try {
            return new AssignmentPayload(
                    AssignmentView.of(claimLead.claim(command(input, caller)).assignment()), List.of());
        } catch (InputRejected rejected) {
            return new AssignmentPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    AssignmentPayload acceptLead(
            @Argument LeadActionInput input, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        try {
            return new AssignmentPayload(
                    AssignmentView.of(acceptLead.accept(command(input, caller)).assignment()), List.of());
        } catch (InputRejected rejected) {
            return new AssignmentPayload(null, UserError.of(rejected));
        }
    }

    /** A rep acts only as themselves; admins and API keys name the rep. */
    private static LeadCommand command(LeadActionInput input, Caller caller) {
        if (caller instanceof Caller.Rep rep && !rep.repId().value().equals(input.repId())) {
            throw new Refused("FORBIDDEN", "a rep claims and accepts leads as themselves only");
        }
        return new LeadCommand(new LeadId(input.leadId()), new RepId(input.repId()));
    }

    @MutationMapping
    AssignmentPayload reassignLead(
            @Argument ReassignLeadInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        try {
            // Who did it is the signed-in admin, whatever the input says; an API key's call names its own author, or
            // is named after the key.
            String by = caller instanceof Caller.Admin admin
                    ? admin.email()
                    : input.by() != null && !input.by().isBlank() ? input.by() : caller == null ? null : caller.name();
            var command =
                    new ReassignLeadCommand(new LeadId(input.leadId()), new RepId(input.repId()), by, input.reason());
            return new AssignmentPayload(
                    AssignmentView.of(reassignLead.reassign(command).assignment()), List.of());
        } catch (InputRejected rejected) {
            return new AssignmentPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    SetPoolSlaPayload setPoolSla(@Argument SetPoolSlaInput input) {
        try {
            AcceptSla sla = input.acceptWithinMinutes() == null
                    ? null
                    : AcceptSla.of(
                            input.acceptWithinMinutes(),
                            input.maxMoves(),
                            input.escalateToPoolId() == null ? null : new PoolId(input.escalateToPoolId()),
                            input.escalateToRepId() == null ? null : new RepId(input.escalateToRepId()));
            return new SetPoolSlaPayload(PoolView.of(setPoolSla.set(new PoolId(input.poolId()), sla)), List.of());
        } catch (InputRejected rejected) {
            return new SetPoolSlaPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    Connection<QueuedLeadView> openQueue(
            @Argument String poolId,
            @Argument Integer first,
            @Argument String after,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller instanceof Caller.Rep rep
                && !pools.byId(new PoolId(poolId))
                        .map(p -> p.hasMember(rep.repId()))
                        .orElse(false)) {
            throw new Refused("FORBIDDEN", "a rep sees the claim queues of their own pools only");
        }
        Slice<Assignment> slice =
                assignments.waitingIn(new PoolId(poolId), Connection.limit(first), Cursor.ASSIGNMENTS.decode(after));
        Map<LeadId, Lead> found =
                leads.byIds(slice.items().stream().map(Assignment::leadId).toList());
        // A lead is stored before its decision, so every waiting lead is found.
        return Connection.of(
                slice,
                a -> Cursor.ASSIGNMENTS.encode(a.position()),
                a -> QueuedLeadView.of(a, found.get(a.leadId())),
                () -> assignments.countWaitingIn(new PoolId(poolId)));
    }

    @QueryMapping
    Connection<AssignmentView> assignments(
            @Argument Integer first,
            @Argument String after,
            @Argument Outcome outcome,
            @Argument String repId,
            @Argument String poolId,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller instanceof Caller.Rep rep) {
            if (repId != null && !repId.equals(rep.repId().value())) {
                throw new Refused("FORBIDDEN", "a rep sees their own assignments only");
            }
            repId = rep.repId().value();
        }
        var filter = new Assignments.Filter(
                outcome, repId == null ? null : new RepId(repId), poolId == null ? null : new PoolId(poolId));
        Slice<Assignment> slice =
                assignments.newestFirst(Connection.limit(first), Cursor.ASSIGNMENTS.decode(after), filter);
        return Connection.of(
                slice,
                a -> Cursor.ASSIGNMENTS.encode(a.position()),
                AssignmentView::of,
                () -> assignments.count(filter));
    }

    @BatchMapping(typeName = "Assignment", field = "lead")
    Map<AssignmentView, LeadView> lead(List<AssignmentView> page) {
        return Batches.load(page, a -> new LeadId(a.leadId()), leads::byIds, LeadView::of);
    }

    @BatchMapping(typeName = "Ownership", field = "owner")
    Map<OwnershipView, RepView> owner(List<OwnershipView> page) {
        return Batches.load(page, o -> o.ownerId() == null ? null : new RepId(o.ownerId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Ownership", field = "queuePool")
    Map<OwnershipView, PoolView> queuePool(List<OwnershipView> page) {
        return Batches.load(
                page, o -> o.queuePoolId() == null ? null : new PoolId(o.queuePoolId()), pools::byIds, PoolView::of);
    }

    @BatchMapping(typeName = "OwnershipChange", field = "from")
    Map<ChangeView, RepView> from(List<ChangeView> changes) {
        return Batches.load(changes, c -> c.fromId() == null ? null : new RepId(c.fromId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "OwnershipChange", field = "to")
    Map<ChangeView, RepView> to(List<ChangeView> changes) {
        return Batches.load(changes, c -> new RepId(c.toId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Pool", field = "acceptSla")
    Map<PoolView, AcceptSlaView> acceptSla(List<PoolView> page) {
        // The pool's view does not carry its SLA, so the page's pools are read once more.
        Map<PoolId, Pool> found = pools.byIds(
                page.stream().map(p -> new PoolId(p.id())).distinct().toList());
        Map<PoolView, AcceptSlaView> slas = new HashMap<>();
        for (PoolView view : page) {
            Pool pool = found.get(new PoolId(view.id()));
            if (pool != null && pool.acceptSla() != null) {
                slas.put(view, AcceptSlaView.of(pool.acceptSla()));
            }
        }
        return slas;
    }

    @BatchMapping(typeName = "AcceptSla", field = "escalateToPool")
    Map<AcceptSlaView, PoolView> escalateToPool(List<AcceptSlaView> page) {
        return Batches.load(
                page,
                s -> s.escalateToPoolId() == null ? null : new PoolId(s.escalateToPoolId()),
                pools::byIds,
                PoolView::of);
    }

    @BatchMapping(typeName = "AcceptSla", field = "escalateToRep")
    Map<AcceptSlaView, RepView> escalateToRep(List<AcceptSlaView> page) {
        return Batches.load(
                page,
                s -> s.escalateToRepId() == null ? null : new RepId(s.escalateToRepId()),
                reps::byIds,
                RepView::of);
    }
}
