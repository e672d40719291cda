package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.AssignmentView;
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
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class AssignmentController {

    private final Reps reps;
    private final Pools pools;

    AssignmentController(Reps reps, Pools pools) {
        this.reps = reps;
        this.pools = pools;
    }

    @BatchMapping(typeName = "Assignment")
    Map<AssignmentView, RepView> rep(List<AssignmentView> page) {
        var found = reps.byIds(page.stream().map(a -> new RepId(a.repId())).toList());
        return page.stream().filter(a -> found.containsKey(new RepId(a.repId())))
                .collect(Collectors.toMap(Function.identity(), a -> RepView.of(found.get(new RepId(a.repId())))));
    }

    @BatchMapping(typeName = "Assignment")
    Map<AssignmentView, PoolView> pool(List<AssignmentView> page) {
        var found = pools.byIds(page.stream().map(a -> new PoolId(a.poolId())).toList());
        return page.stream().filter(a -> found.containsKey(new PoolId(a.poolId())))
                .collect(Collectors.toMap(Function.identity(), a -> PoolView.of(found.get(new PoolId(a.poolId())))));
    }
}
