package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.CreateRep;
import dev.switchboard.routing.setup.CreateRepCommand;
import dev.switchboard.routing.setup.DeactivateRep;
import dev.switchboard.routing.setup.RepChanges;
import dev.switchboard.routing.setup.SetRepStatus;
import dev.switchboard.routing.setup.UpdateRep;
import java.time.Instant;
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
class RepController {

    record CreateRepInput(String name, String email, String timeZone) {}

    record CreateRepPayload(RepView rep, List<UserError> errors) {}

    record SetRepStatusInput(String repId, Boolean active, Instant awayUntil) {}

    record SetRepStatusPayload(RepView rep, List<UserError> errors) {}

    record UpdateRepInput(
            String repId,
            ArgumentValue<String> name,
            ArgumentValue<String> email,
            ArgumentValue<String> timeZone,
            Integer expectedVersion) {}

    record UpdateRepPayload(RepView rep, List<UserError> errors) {}

    record DeactivateRepInput(String repId) {}

    record DeactivateRepPayload(RepView rep, List<UserError> errors) {}

    private final CreateRep createRep;
    private final SetRepStatus setRepStatus;
    private final UpdateRep updateRep;
    private final DeactivateRep deactivateRep;
    private final Reps reps;

    RepController(
            CreateRep createRep,
            SetRepStatus setRepStatus,
            UpdateRep updateRep,
            DeactivateRep deactivateRep,
            Reps reps) {
        this.createRep = createRep;
        this.updateRep = updateRep;
        this.deactivateRep = deactivateRep;
        this.setRepStatus = setRepStatus;
        this.reps = reps;
    }

    @MutationMapping
    SetRepStatusPayload setRepStatus(@Argument SetRepStatusInput input) {
        try {
            return new SetRepStatusPayload(
                    RepView.of(setRepStatus.set(new RepId(input.repId()), input.active(), input.awayUntil())),
                    List.of());
        } catch (InputRejected rejected) {
            return new SetRepStatusPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    UpdateRepPayload updateRep(@Argument UpdateRepInput input) {
        try {
            List<InputRejected> faults = new ArrayList<>();
            var name = InputsRejected.collect(
                    faults, () -> notCleared(input.name(), "name").map(n -> Text.required("name", n, Text.SHORT)));
            var email = InputsRejected.collect(
                    faults, () -> notCleared(input.email(), "email").map(EmailAddress::new));
            var timeZone = InputsRejected.collect(
                    faults, () -> notCleared(input.timeZone(), "timeZone").map(zone -> Rep.zone("timeZone", zone)));
            InputsRejected.throwIfAny(faults);
            var changes = new RepChanges(name, email, timeZone, input.expectedVersion());
            return new UpdateRepPayload(RepView.of(updateRep.update(new RepId(input.repId()), changes)), List.of());
        } catch (InputRejected rejected) {
            return new UpdateRepPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new UpdateRepPayload(null, UserError.of(rejected));
        }
    }

    /** A rep's detail as a change: none can be cleared, so null is {@code REQUIRED}. */
    private static <T> Change<T> notCleared(ArgumentValue<T> value, String field) {
        Change<T> change = Changes.of(value);
        if (!change.isKept() && change.applyTo(null) == null) {
            throw InputRejected.required(field);
        }
        return change;
    }

    @MutationMapping
    DeactivateRepPayload deactivateRep(@Argument DeactivateRepInput input) {
        try {
            return new DeactivateRepPayload(RepView.of(deactivateRep.deactivate(new RepId(input.repId()))), List.of());
        } catch (InputRejected rejected) {
            return new DeactivateRepPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    CreateRepPayload createRep(@Argument CreateRepInput input) {
        try {
            // Each field is checked on its own, so one answer names every field at fault.
            List<InputRejected> faults = new ArrayList<>();
            String name = InputsRejected.collect(faults, () -> Text.required("name", input.name(), Text.SHORT));
            EmailAddress email = InputsRejected.collect(faults, () -> new EmailAddress(input.email()));
            ZoneId timeZone = InputsRejected.collect(faults, () -> Rep.zone("timeZone", input.timeZone()));
            InputsRejected.throwIfAny(faults);
            var command = new CreateRepCommand(name, email, timeZone);
            return new CreateRepPayload(RepView.of(createRep.create(command)), List.of());
        } catch (InputRejected rejected) {
            return new CreateRepPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new CreateRepPayload(null, UserError.of(rejected));
        }
    }

    @BatchMapping(typeName = "Rep", field = "version")
    Map<RepView, Integer> version(List<RepView> page) {
        return Batches.load(page, r -> new RepId(r.id()), reps::versions, v -> v);
    }

    @QueryMapping
    RepView rep(@Argument String id) {
        return reps.byId(new RepId(id)).map(RepView::of).orElse(null);
    }

    @QueryMapping
    Connection<RepView> reps(@Argument Integer first, @Argument String after, @Argument String email) {
        EmailAddress address = email == null ? null : new EmailAddress(email);
        return Connection.of(
                reps.page(Connection.limit(first), Cursor.REPS.decode(after), address),
                r -> Cursor.REPS.encode(Reps.position(r)),
                RepView::of,
                () -> reps.count(address));
    }
}
