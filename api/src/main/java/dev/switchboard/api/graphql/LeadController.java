package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.mail.LeadAssignedMail;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.ops.LeadMetrics;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.routing.intake.LeadRouted;
import dev.switchboard.routing.intake.SubmitLead;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

@Controller
class LeadController {

    record SubmitLeadPayload(LeadView lead, AssignmentView assignment, List<UserError> errors) {
    }

    private final SubmitLead submitLead;
    private final Leads leads;
    private final Assignments assignments;
    private final Pools pools;
    private final LeadMetrics metrics;

    private final LeadAssignedMail assignedMail;

    LeadController(SubmitLead submitLead, Leads leads, Assignments assignments, Pools pools, LeadMetrics metrics,
                   LeadAssignedMail assignedMail) {
        this.assignedMail = assignedMail;
        this.metrics = metrics;
        this.submitLead = submitLead;
        this.leads = leads;
        this.assignments = assignments;
        this.pools = pools;
    }

    @MutationMapping
    SubmitLeadPayload submitLead(@Argument SubmitLeadInput input) {
        try {
            LeadRouted routed = submitLead.submit(input.toCommand());
            metrics.submitted(routed);
            assignedMail.queue(routed);
            return new SubmitLeadPayload(LeadView.of(routed.lead()),
                    routed.assignment().map(AssignmentView::of).orElse(null), List.of());
        } catch (InputRejected rejected) {
            return new SubmitLeadPayload(null, null, UserError.of(rejected));
        }
    }

    @QueryMapping
    LeadView lead(@Argument String id) {
        return leads.byId(new LeadId(id)).map(LeadView::of).orElse(null);
    }

    @QueryMapping
    Connection<LeadView> leads(@Argument Integer first, @Argument String after) {
        int limit = Connection.limit(first);
        var slice = leads.newestFirst(limit, after == null ? null : LeadCursor.decode(after));
        return Connection.of(slice, lead -> LeadCursor.encode(lead.position()), LeadView::of);
    }

    @BatchMapping(typeName = "Lead", field = "assignment")
    Map<LeadView, AssignmentView> assignment(List<LeadView> page) {
        return Batches.load(page, l -> new LeadId(l.id()), assignments::forLeads, AssignmentView::of);
    }

    @BatchMapping(typeName = "Lead", field = "pool")
    Map<LeadView, PoolView> pool(List<LeadView> page) {
        return Batches.load(page, l -> l.poolId() == null ? null : new PoolId(l.poolId()), pools::byIds, PoolView::of);
    }
}
