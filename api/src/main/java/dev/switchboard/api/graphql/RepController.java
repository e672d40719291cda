package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.setup.CreateRep;
import dev.switchboard.routing.setup.CreateRepCommand;
import dev.switchboard.routing.setup.DeactivateRep;
import dev.switchboard.routing.setup.RepChanges;
import dev.switchboard.routing.setup.SetRepStatus;
import dev.switchboard.routing.setup.UpdateRep;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
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
            String repId, ArgumentValue<String> name, ArgumentValue<String> email, ArgumentValue<String> timeZone) {}

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
            var changes = new RepChanges(
                    Changes.of(input.name()),
                    Changes.of(input.email()).map(EmailAddress::new),
                    Changes.of(input.timeZone()).map(zone -> Rep.zone("timeZone", zone)));
            return new UpdateRepPayload(RepView.of(updateRep.update(new RepId(input.repId()), changes)), List.of());
        } catch (InputRejected rejected) {
            return new UpdateRepPayload(null, UserError.of(rejected));
        }
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
            var command = new CreateRepCommand(
                    input.name(), new EmailAddress(input.email()), Rep.zone("timeZone", input.timeZone()));
            return new CreateRepPayload(RepView.of(createRep.create(command)), List.of());
        } catch (InputRejected rejected) {
            return new CreateRepPayload(null, UserError.of(rejected));
        }
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
