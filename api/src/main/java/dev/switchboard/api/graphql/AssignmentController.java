package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.CandidateView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

@Controller
class AssignmentController {

    private final Reps reps;
    private final Pools pools;

    AssignmentController(Reps reps, Pools pools) {
        this.reps = reps;
        this.pools = pools;
    }

    @BatchMapping(typeName = "Assignment", field = "rep")
    Map<AssignmentView, RepView> assignmentRep(List<AssignmentView> page) {
        return Batches.load(page, a -> a.repId() == null ? null : new RepId(a.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Candidate", field = "rep")
    Map<CandidateView, RepView> candidateRep(List<CandidateView> candidates) {
        return Batches.load(candidates, c -> new RepId(c.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Assignment", field = "pool")
    Map<AssignmentView, PoolView> assignmentPool(List<AssignmentView> page) {
        return Batches.load(page, a -> a.poolId() == null ? null : new PoolId(a.poolId()), pools::byIds, PoolView::of);
    }
}
