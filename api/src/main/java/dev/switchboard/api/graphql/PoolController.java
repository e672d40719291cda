package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.MemberView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.CreatePool;
import dev.switchboard.routing.setup.CreatePoolCommand;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Controller
class PoolController {

    record CreatePoolInput(String name, Strategy strategy, List<MemberInput> members, String timeZone,
                           String overflowPoolId, String overflowRepId) {
    }

    record MemberInput(String repId, Integer weight, Integer dailyCap, Integer weeklyCap) {
    }

    record CreatePoolPayload(PoolView pool, List<UserError> errors) {
    }

    private final CreatePool createPool;
    private final Pools pools;
    private final Reps reps;

    PoolController(CreatePool createPool, Pools pools, Reps reps) {
        this.createPool = createPool;
        this.pools = pools;
        this.reps = reps;
    }

    @MutationMapping
    CreatePoolPayload createPool(@Argument CreatePoolInput input) {
        try {
            Overflow overflow = input.overflowPoolId() == null && input.overflowRepId() == null ? null : new Overflow(
                    input.overflowPoolId() == null ? null : new PoolId(input.overflowPoolId()),
                    input.overflowRepId() == null ? null : new RepId(input.overflowRepId()));
            var command = new CreatePoolCommand(input.name(), input.strategy(), members(input.members()),
                    input.timeZone() == null ? null : Rep.zone("timeZone", input.timeZone()), overflow);
            return new CreatePoolPayload(PoolView.of(createPool.create(command)), List.of());
        } catch (InputRejected rejected) {
            return new CreatePoolPayload(null, UserError.of(rejected));
        }
    }

    private static List<PoolMember> members(List<MemberInput> members) {
        if (members == null) {
            return null;
        }
        Pool.checkMemberCount(members.size());
        List<PoolMember> built = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            MemberInput member = members.get(i);
            try {
                built.add(new PoolMember(new RepId(member.repId()), member.weight() == null ? 1 : member.weight(),
                        member.dailyCap(), member.weeklyCap()));
            } catch (InputRejected e) {
                throw e.under("members[" + i + "]");
            }
        }
        return built;
    }

    @QueryMapping
    PoolView pool(@Argument String id) {
        return pools.byId(new PoolId(id)).map(PoolView::of).orElse(null);
    }

    @QueryMapping
    List<PoolView> pools() {
        return pools.all().stream().map(PoolView::of).toList();
    }

    @BatchMapping(typeName = "Pool", field = "overflowPool")
    Map<PoolView, PoolView> overflowPool(List<PoolView> page) {
        return Batches.load(page, p -> p.overflowPoolId() == null ? null : new PoolId(p.overflowPoolId()), pools::byIds, PoolView::of);
    }

    @BatchMapping(typeName = "Pool", field = "overflowRep")
    Map<PoolView, RepView> overflowRep(List<PoolView> page) {
        return Batches.load(page, p -> p.overflowRepId() == null ? null : new RepId(p.overflowRepId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "PoolMember", field = "rep")
    Map<MemberView, RepView> rep(List<MemberView> members) {
        return Batches.load(members, m -> new RepId(m.repId()), reps::byIds, RepView::of);
    }
}
