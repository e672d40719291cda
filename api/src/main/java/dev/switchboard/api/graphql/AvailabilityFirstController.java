package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.routing.setup.SetPoolAvailabilityFirst;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Availability-first pools: the setting, and the meeting type a pool asks its members to have free slots of. */
@Controller
class AvailabilityFirstController {

    record SetPoolAvailabilityFirstInput(String poolId, String meetingTypeId) {}

    record SetPoolAvailabilityFirstPayload(PoolView pool, List<UserError> errors) {}

    private final SetPoolAvailabilityFirst setPoolAvailabilityFirst;
    private final Pools pools;
    private final MeetingTypes meetingTypes;

    AvailabilityFirstController(
            SetPoolAvailabilityFirst setPoolAvailabilityFirst, Pools pools, MeetingTypes meetingTypes) {
        this.setPoolAvailabilityFirst = setPoolAvailabilityFirst;
        this.pools = pools;
        this.meetingTypes = meetingTypes;
    }

    @MutationMapping
    SetPoolAvailabilityFirstPayload setPoolAvailabilityFirst(@Argument SetPoolAvailabilityFirstInput input) {
        try {
            PoolId pool = input.poolId() == null ? null : new PoolId(input.poolId());
            MeetingTypeId type = input.meetingTypeId() == null ? null : new MeetingTypeId(input.meetingTypeId());
            return new SetPoolAvailabilityFirstPayload(
                    PoolView.of(setPoolAvailabilityFirst.set(pool, type)), List.of());
        } catch (InputRejected rejected) {
            return new SetPoolAvailabilityFirstPayload(null, UserError.of(rejected));
        }
    }

    @BatchMapping(typeName = "Pool", field = "availabilityFirst")
    Map<PoolView, MeetingTypeView> availabilityFirst(List<PoolView> page) {
        // The pool's view does not carry the setting, so the page's pools are read once more; meeting types are few.
        Map<PoolId, Pool> found = pools.byIds(
                page.stream().map(p -> new PoolId(p.id())).distinct().toList());
        Map<MeetingTypeId, MeetingType> types = null;
        Map<PoolView, MeetingTypeView> settings = new HashMap<>();
        for (PoolView view : page) {
            Pool pool = found.get(new PoolId(view.id()));
            if (pool == null || pool.availabilityFirst() == null) {
                continue;
            }
            if (types == null) {
                types = meetingTypes.all().stream().collect(Collectors.toMap(MeetingType::id, Function.identity()));
            }
            MeetingType type = types.get(pool.availabilityFirst());
            if (type != null) {
                settings.put(view, MeetingTypeView.of(type));
            }
        }
        return settings;
    }
}
