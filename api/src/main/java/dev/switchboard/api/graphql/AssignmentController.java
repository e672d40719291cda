package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.CandidateView;
import dev.switchboard.api.graphql.Views.ExplanationView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Explanation.RuleMiss;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.explain.ExplainMisses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class AssignmentController {

    private final Reps reps;
    private final Pools pools;
    private final Leads leads;
    private final ExplainMisses explainMisses;

    AssignmentController(Reps reps, Pools pools, Leads leads, ExplainMisses explainMisses) {
        this.reps = reps;
        this.pools = pools;
        this.leads = leads;
        this.explainMisses = explainMisses;
    }

    /**
     * The rules a decision tried before the one that decided, worked out from its router version and the
     * stored lead: for a page of decisions, the leads are read in one batch and each router version once.
     */
    @BatchMapping(typeName = "Explanation", field = "misses")
    Map<ExplanationView, List<RuleMiss>> misses(List<ExplanationView> explanations) {
        Map<ExplanationView, List<RuleMiss>> found = new HashMap<>();
        List<ExplanationView> toWorkOut = new ArrayList<>();
        for (ExplanationView explanation : explanations) {
            if (explanation.misses() != null) {
                found.put(explanation, explanation.misses());
            } else {
                toWorkOut.add(explanation);
            }
        }
        Map<LeadId, Lead> stored = leads.byIds(
                toWorkOut.stream().map(e -> new LeadId(e.leadId())).distinct().toList());
        List<ExplanationView> explainable = toWorkOut.stream()
                .filter(e -> stored.containsKey(new LeadId(e.leadId())))
                .toList();
        List<List<RuleMiss>> workedOut = explainMisses.explain(explainable.stream()
                .map(e -> new ExplainMisses.Decided(
                        e.source(), stored.get(new LeadId(e.leadId())).details()))
                .toList());
        for (int i = 0; i < explainable.size(); i++) {
            found.put(explainable.get(i), workedOut.get(i));
        }
        toWorkOut.forEach(e -> found.putIfAbsent(e, List.of()));
        return found;
    }

    /** The earlier leads lead-to-lead matches named, for a page of decisions in one read. */
    @BatchMapping(typeName = "Explanation", field = "matchedLead")
    Map<ExplanationView, Views.LeadView> matchedLead(List<ExplanationView> explanations) {
        return Batches.load(
                explanations, e -> e.source().reason().matchedLead().orElse(null), leads::byIds, Views.LeadView::of);
    }

    @BatchMapping(typeName = "Assignment", field = "rep")
    Map<AssignmentView, RepView> assignmentRep(List<AssignmentView> page) {
        return Batches.load(page, a -> a.repId() == null ? null : new RepId(a.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Candidate", field = "rep")
    Map<CandidateView, RepView> candidateRep(List<CandidateView> candidates) {
        return Batches.load(candidates, c -> new RepId(c.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "MemberShare", field = "rep")
    Map<Views.ShareView, RepView> shareRep(List<Views.ShareView> shares) {
        return Batches.load(shares, s -> new RepId(s.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Assignment", field = "pool")
    Map<AssignmentView, PoolView> assignmentPool(List<AssignmentView> page) {
        return Batches.load(page, a -> a.poolId() == null ? null : new PoolId(a.poolId()), pools::byIds, PoolView::of);
    }
}
