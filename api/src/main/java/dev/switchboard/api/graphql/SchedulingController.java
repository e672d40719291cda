package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.api.graphql.SchedulingInputs.AddTimeOffInput;
import dev.switchboard.api.graphql.SchedulingInputs.AvailableSlotsInput;
import dev.switchboard.api.graphql.SchedulingInputs.MeetingTypeInput;
import dev.switchboard.api.graphql.SchedulingInputs.SetAvailabilityInput;
import dev.switchboard.api.graphql.SchedulingInputs.SetPoolSlotPolicyInput;
import dev.switchboard.api.graphql.SchedulingInputs.UpdateMeetingTypeInput;
import dev.switchboard.api.graphql.SchedulingViews.AvailabilityView;
import dev.switchboard.api.graphql.SchedulingViews.AvailableSlotsView;
import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.api.graphql.SchedulingViews.SlotView;
import dev.switchboard.api.graphql.SchedulingViews.UnknownRepView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.setup.AddTimeOff;
import dev.switchboard.scheduling.setup.CreateMeetingType;
import dev.switchboard.scheduling.setup.SetAvailability;
import dev.switchboard.scheduling.setup.SetSlotPolicy;
import dev.switchboard.scheduling.setup.UpdateMeetingType;
import dev.switchboard.scheduling.slots.FindSlots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SchedulingController {

    record SetAvailabilityPayload(AvailabilityView availability, List<UserError> errors) {}

    record MeetingTypePayload(MeetingTypeView meetingType, List<UserError> errors) {}

    record SetPoolSlotPolicyPayload(WhenAvailabilityUnknown whenAvailabilityUnknown, List<UserError> errors) {}

    private final FindSlots findSlots;
    private final SetAvailability setAvailability;
    private final AddTimeOff addTimeOff;
    private final CreateMeetingType createMeetingType;
    private final UpdateMeetingType updateMeetingType;
    private final SetSlotPolicy setSlotPolicy;
    private final Availabilities availabilities;
    private final MeetingTypes meetingTypes;
    private final Reps reps;

    SchedulingController(
            FindSlots findSlots,
            SetAvailability setAvailability,
            AddTimeOff addTimeOff,
            CreateMeetingType createMeetingType,
            UpdateMeetingType updateMeetingType,
            SetSlotPolicy setSlotPolicy,
            Availabilities availabilities,
            MeetingTypes meetingTypes,
            Reps reps) {
        this.findSlots = findSlots;
        this.setAvailability = setAvailability;
        this.addTimeOff = addTimeOff;
        this.createMeetingType = createMeetingType;
        this.updateMeetingType = updateMeetingType;
        this.setSlotPolicy = setSlotPolicy;
        this.availabilities = availabilities;
        this.meetingTypes = meetingTypes;
        this.reps = reps;
    }

    @QueryMapping
    AvailableSlotsView availableSlots(
            @Argument AvailableSlotsInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        try {
            AvailableSlotsView found = AvailableSlotsView.of(findSlots.find(input.toQuery()));
            return caller instanceof Caller.Widget ? found.forProspects() : found;
        } catch (InputRejected rejected) {
            return AvailableSlotsView.rejected(UserError.of(input.named(rejected)));
        }
    }

    @QueryMapping
    AvailabilityView availability(@Argument String repId) {
        Optional<Rep> rep = reps.byId(new RepId(repId));
        if (rep.isEmpty()) {
            return null;
        }
        Optional<Availability> stored = availabilities.of(rep.get().id());
        return AvailabilityView.of(rep.get(), stored.orElse(Availability.standard()), stored.isEmpty());
    }

    @QueryMapping
    Connection<MeetingTypeView> meetingTypes(@Argument Integer first, @Argument String after) {
        return Connection.of(
                meetingTypes.page(Connection.limit(first), Cursor.MEETING_TYPES.decode(after)),
                m -> Cursor.MEETING_TYPES.encode(new PagePosition(m.name(), m.id().value())),
                MeetingTypeView::of,
                meetingTypes::count);
    }

    @QueryMapping
    MeetingTypeView meetingType(@Argument String id) {
        return meetingTypes.byId(new MeetingTypeId(id)).map(MeetingTypeView::of).orElse(null);
    }

    @MutationMapping
    SetAvailabilityPayload setAvailability(@Argument SetAvailabilityInput input) {
        try {
            RepId rep = new RepId(input.repId());
            Availability availability = setAvailability.set(rep, input.toAvailability());
            return new SetAvailabilityPayload(view(rep, availability), List.of());
        } catch (InputRejected rejected) {
            return new SetAvailabilityPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new SetAvailabilityPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    SetAvailabilityPayload addTimeOff(@Argument AddTimeOffInput input) {
        try {
            RepId rep = new RepId(input.repId());
            Availability availability = addTimeOff.add(rep, TimeOff.of(input.start(), input.end(), input.note()));
            return new SetAvailabilityPayload(view(rep, availability), List.of());
        } catch (InputRejected rejected) {
            return new SetAvailabilityPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new SetAvailabilityPayload(null, UserError.of(rejected));
        }
    }

    private AvailabilityView view(RepId rep, Availability availability) {
        return AvailabilityView.of(reps.byId(rep).orElseThrow(), availability, false);
    }

    @MutationMapping
    MeetingTypePayload createMeetingType(@Argument MeetingTypeInput input) {
        try {
            return new MeetingTypePayload(MeetingTypeView.of(createMeetingType.create(input.toDraft())), List.of());
        } catch (InputRejected rejected) {
            return new MeetingTypePayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new MeetingTypePayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    MeetingTypePayload updateMeetingType(@Argument UpdateMeetingTypeInput input) {
        try {
            MeetingTypeId id = new MeetingTypeId(input.meetingTypeId());
            return new MeetingTypePayload(MeetingTypeView.of(updateMeetingType.update(id, input.changes())), List.of());
        } catch (InputRejected rejected) {
            return new MeetingTypePayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new MeetingTypePayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    SetPoolSlotPolicyPayload setPoolSlotPolicy(@Argument SetPoolSlotPolicyInput input) {
        try {
            return new SetPoolSlotPolicyPayload(
                    setSlotPolicy.set(new PoolId(input.poolId()), input.whenAvailabilityUnknown()), List.of());
        } catch (InputRejected rejected) {
            return new SetPoolSlotPolicyPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new SetPoolSlotPolicyPayload(null, UserError.of(rejected));
        }
    }

    @BatchMapping(typeName = "MeetingType", field = "version")
    Map<MeetingTypeView, Integer> version(List<MeetingTypeView> page) {
        return Batches.load(page, t -> new MeetingTypeId(t.id()), meetingTypes::versions, v -> v);
    }

    @BatchMapping(typeName = "Slot", field = "reps")
    Map<SlotView, List<RepView>> slotReps(List<SlotView> slots) {
        List<RepId> ids = slots.stream()
                .flatMap(s -> s.repIds().stream())
                .distinct()
                .map(RepId::new)
                .toList();
        Map<RepId, Rep> found = reps.byIds(ids);
        Map<SlotView, List<RepView>> views = new LinkedHashMap<>();
        for (SlotView slot : slots) {
            List<RepView> free = new ArrayList<>(slot.repIds().size());
            slot.repIds().forEach(id -> {
                Rep rep = found.get(new RepId(id));
                if (rep != null) {
                    free.add(RepView.of(rep));
                }
            });
            views.put(slot, free);
        }
        return views;
    }

    @BatchMapping(typeName = "UnknownRep", field = "rep")
    Map<UnknownRepView, RepView> unknownRep(List<UnknownRepView> unknown) {
        return Batches.load(unknown, u -> new RepId(u.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Availability", field = "rep")
    Map<AvailabilityView, RepView> availabilityRep(List<AvailabilityView> availabilities) {
        return Batches.load(availabilities, a -> new RepId(a.repId()), reps::byIds, RepView::of);
    }
}
