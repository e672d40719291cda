package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;

/** Adds a rep to the workspace, active from the start. Rejects an email another rep already has. */
public final class CreateRep {

    private final Reps reps;

    public CreateRep(Reps reps) {
        this.reps = reps;
    }

    public Rep create(CreateRepCommand command) {
        Rep rep = new Rep(RepId.random(), command.name(), command.email(), command.timeZone(), true, null);
        reps.add(rep);
        return rep;
    }
}
