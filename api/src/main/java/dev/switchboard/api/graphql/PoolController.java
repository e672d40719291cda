package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.MemberView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.PerformanceWeighting;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.StrategyOptions;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.AddPoolMembers;
import dev.switchboard.routing.setup.CreatePool;
import dev.switchboard.routing.setup.CreatePoolCommand;
import dev.switchboard.routing.setup.DeletePool;
import dev.switchboard.routing.setup.PoolChanges;
import dev.switchboard.routing.setup.RemovePoolMembers;
import dev.switchboard.routing.setup.SetMemberWeight;
import dev.switchboard.routing.setup.UpdatePool;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PoolController {

    record CreatePoolInput(
            String name,
            Strategy strategy,
            List<MemberInput> members,
            String timeZone,
            String overflowPoolId,
            String overflowRepId,
            EqualDistributionInput equalDistribution,
            PerformanceInput performance,
            Integer maxLead,
            Boolean onlyDuringWorkingHours) {}

    /** Each field omitted is left as it is; see {@link PoolChanges} for what null means. */
    record UpdatePoolInput(
            String poolId,
            ArgumentValue<String> name,
            ArgumentValue<Strategy> strategy,
            ArgumentValue<List<MemberInput>> members,
            ArgumentValue<String> timeZone,
            ArgumentValue<String> overflowPoolId,
            ArgumentValue<String> overflowRepId,
            ArgumentValue<EqualDistributionInput> equalDistribution,
            ArgumentValue<PerformanceInput> performance,
            ArgumentValue<Integer> maxLead,
            ArgumentValue<Boolean> onlyDuringWorkingHours,
            Integer expectedVersion) {

        PoolChanges changes() {
            // Each part is read on its own so that one answer names every part at fault.
            List<InputRejected> faults = new ArrayList<>();
            Change<List<PoolMember>> newMembers =
                    InputsRejected.collect(faults, () -> Changes.of(members).map(PoolController::members));
            Change<ZoneId> newZone =
                    InputsRejected.collect(faults, () -> Changes.of(timeZone).map(PoolController::zone));
            Change<StrategyOptions> newOptions = InputsRejected.collect(
                    faults,
                    () -> equalDistribution.isOmitted() && performance.isOmitted()
                            ? Change.keep()
                            : Change.to(options(equalDistribution.value(), performance.value())));
            InputsRejected.raise(faults);
            return new PoolChanges(
                    new PoolId(poolId),
                    Changes.of(name),
                    Changes.of(strategy),
                    newMembers,
                    newZone,
                    overflowPoolId.isOmitted() && overflowRepId.isOmitted()
                            ? Change.keep()
                            : Change.to(overflow(overflowPoolId.value(), overflowRepId.value())),
                    newOptions,
                    Changes.of(maxLead),
                    Changes.of(onlyDuringWorkingHours),
                    expectedVersion);
        }
    }

    record PerformanceInput(Integer days, Double minMultiplier, Double maxMultiplier, Integer minLeads) {}

    record EqualDistributionInput(EqualDistribution.Window window, EqualDistribution.Rejoin rejoin) {}

    record DeletePoolInput(String poolId) {}

    record MemberInput(
            String repId,
            Integer weight,
            Integer dailyCap,
            Integer weeklyCap,
            RouterInputs.ConditionInput filter,
            RouterInputs.LeadConditionInput when) {}

    record CreatePoolPayload(PoolView pool, List<UserError> errors) {}

    record AddPoolMembersInput(String poolId, List<MemberInput> members, Integer expectedVersion) {}

    record AddPoolMembersPayload(PoolView pool, List<UserError> errors) {}

    record RemovePoolMembersInput(String poolId, List<String> repIds, Integer expectedVersion) {}

    record RemovePoolMembersPayload(PoolView pool, List<UserError> errors) {}

    record SetMemberWeightInput(String poolId, String repId, Integer weight, Integer expectedVersion) {}

    record SetMemberWeightPayload(PoolView pool, List<UserError> errors) {}

    record UpdatePoolPayload(PoolView pool, List<UserError> errors) {}

    record DeletePoolPayload(String deletedPoolId, List<UserError> errors) {
        public String deletedId() {
            return deletedPoolId;
        }
    }

    private final CreatePool createPool;
    private final UpdatePool updatePool;
    private final DeletePool deletePool;
    private final AddPoolMembers addPoolMembers;
    private final RemovePoolMembers removePoolMembers;
    private final SetMemberWeight setMemberWeight;
    private final Pools pools;
    private final Reps reps;

    PoolController(
            CreatePool createPool,
            UpdatePool updatePool,
            DeletePool deletePool,
            AddPoolMembers addPoolMembers,
            RemovePoolMembers removePoolMembers,
            SetMemberWeight setMemberWeight,
            Pools pools,
            Reps reps) {
        this.createPool = createPool;
        this.addPoolMembers = addPoolMembers;
        this.removePoolMembers = removePoolMembers;
        this.setMemberWeight = setMemberWeight;
        this.updatePool = updatePool;
        this.deletePool = deletePool;
        this.pools = pools;
        this.reps = reps;
    }

    @MutationMapping
    CreatePoolPayload createPool(@Argument CreatePoolInput input) {
        try {
            // Each part is read on its own so that one answer names every part at fault.
            List<InputRejected> faults = new ArrayList<>();
            List<PoolMember> members = InputsRejected.collect(faults, () -> members(input.members()));
            ZoneId zone = InputsRejected.collect(faults, () -> zone(input.timeZone()));
            StrategyOptions options =
                    InputsRejected.collect(faults, () -> options(input.equalDistribution(), input.performance()));
            InputsRejected.raise(faults);
            var command = new CreatePoolCommand(
                    input.name(),
                    input.strategy(),
                    members,
                    zone,
                    overflow(input.overflowPoolId(), input.overflowRepId()),
                    options,
                    input.maxLead(),
                    Boolean.TRUE.equals(input.onlyDuringWorkingHours()));
            return new CreatePoolPayload(PoolView.of(createPool.create(command)), List.of());
        } catch (InputRejected rejected) {
            return new CreatePoolPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new CreatePoolPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    UpdatePoolPayload updatePool(@Argument UpdatePoolInput input) {
        try {
            return new UpdatePoolPayload(PoolView.of(updatePool.update(input.changes())), List.of());
        } catch (InputRejected rejected) {
            return new UpdatePoolPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new UpdatePoolPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    AddPoolMembersPayload addPoolMembers(@Argument AddPoolMembersInput input) {
        try {
            Pool pool =
                    addPoolMembers.add(new PoolId(input.poolId()), members(input.members()), input.expectedVersion());
            return new AddPoolMembersPayload(PoolView.of(pool), List.of());
        } catch (InputRejected rejected) {
            return new AddPoolMembersPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new AddPoolMembersPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    RemovePoolMembersPayload removePoolMembers(@Argument RemovePoolMembersInput input) {
        try {
            List<RepId> reps = new ArrayList<>();
            for (int i = 0; i < input.repIds().size(); i++) {
                String repId = input.repIds().get(i);
                reps.add(RouterInputs.at("repIds[" + i + "]", () -> new RepId(repId)));
            }
            Pool pool = removePoolMembers.remove(new PoolId(input.poolId()), reps, input.expectedVersion());
            return new RemovePoolMembersPayload(PoolView.of(pool), List.of());
        } catch (InputRejected rejected) {
            return new RemovePoolMembersPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new RemovePoolMembersPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    SetMemberWeightPayload setMemberWeight(@Argument SetMemberWeightInput input) {
        try {
            Pool pool = setMemberWeight.set(
                    new PoolId(input.poolId()), new RepId(input.repId()), input.weight(), input.expectedVersion());
            return new SetMemberWeightPayload(PoolView.of(pool), List.of());
        } catch (InputRejected rejected) {
            return new SetMemberWeightPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new SetMemberWeightPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    DeletePoolPayload deletePool(@Argument DeletePoolInput input) {
        try {
            PoolId id = new PoolId(input.poolId());
            deletePool.delete(id);
            return new DeletePoolPayload(id.value(), List.of());
        } catch (InputRejected rejected) {
            return new DeletePoolPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new DeletePoolPayload(null, UserError.of(rejected));
        }
    }

    private static ZoneId zone(String timeZone) {
        return timeZone == null ? null : Rep.zone("timeZone", timeZone);
    }

    private static Overflow overflow(String poolId, String repId) {
        return poolId == null && repId == null
                ? null
                : new Overflow(poolId == null ? null : new PoolId(poolId), repId == null ? null : new RepId(repId));
    }

    /** The settings given, or null for the strategy's defaults; settings of two strategies at once suit neither. */
    private static StrategyOptions options(EqualDistributionInput equal, PerformanceInput performance) {
        if (equal != null && performance != null) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "performance", "give the settings of one strategy only");
        }
        if (equal != null) {
            return new EqualDistribution(equal.window(), equal.rejoin());
        }
        if (performance == null) {
            return null;
        }
        PerformanceWeighting defaults = PerformanceWeighting.DEFAULT;
        return new PerformanceWeighting(
                performance.days() == null ? defaults.days() : performance.days(),
                performance.minMultiplier() == null ? defaults.minMultiplier() : performance.minMultiplier(),
                performance.maxMultiplier() == null ? defaults.maxMultiplier() : performance.maxMultiplier(),
                performance.minLeads() == null ? defaults.minLeads() : performance.minLeads());
    }

    private static List<PoolMember> members(List<MemberInput> members) {
        if (members == null) {
            return null;
        }
        Pool.checkMemberCount(members.size());
        List<InputRejected> faults = new ArrayList<>();
        List<PoolMember> built = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            MemberInput member = members.get(i);
            String path = "members[" + i + "]";
            built.add(InputsRejected.collect(
                    faults,
                    () -> RouterInputs.at(
                            path,
                            () -> new PoolMember(
                                    new RepId(member.repId()),
                                    member.weight() == null ? 1 : member.weight(),
                                    member.dailyCap(),
                                    member.weeklyCap(),
                                    RouterInputs.chosenCondition(member.filter(), "filter", member.when())))));
        }
        InputsRejected.raise(faults);
        return built;
    }

    @QueryMapping
    PoolView pool(@Argument String id) {
        return pools.byId(new PoolId(id)).map(PoolView::of).orElse(null);
    }

    @QueryMapping
    Connection<PoolView> pools(@Argument Integer first, @Argument String after) {
        return Connection.of(
                pools.page(Connection.limit(first), Cursor.POOLS.decode(after)),
                p -> Cursor.POOLS.encode(new PagePosition(p.name(), p.id().value())),
                PoolView::of,
                pools::count);
    }

    @BatchMapping(typeName = "Pool", field = "overflowPool")
    Map<PoolView, PoolView> overflowPool(List<PoolView> page) {
        return Batches.load(
                page,
                p -> p.overflowPoolId() == null ? null : new PoolId(p.overflowPoolId()),
                pools::byIds,
                PoolView::of);
    }

    @BatchMapping(typeName = "Pool", field = "overflowRep")
    Map<PoolView, RepView> overflowRep(List<PoolView> page) {
        return Batches.load(
                page, p -> p.overflowRepId() == null ? null : new RepId(p.overflowRepId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Pool", field = "version")
    Map<PoolView, Integer> version(List<PoolView> page) {
        return Batches.load(page, p -> new PoolId(p.id()), pools::versions, v -> v);
    }

    @BatchMapping(typeName = "PoolMember", field = "rep")
    Map<MemberView, RepView> rep(List<MemberView> members) {
        return Batches.load(members, m -> new RepId(m.repId()), reps::byIds, RepView::of);
    }
}
