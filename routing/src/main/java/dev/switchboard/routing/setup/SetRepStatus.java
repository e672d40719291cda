package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;
import java.time.Instant;

/**
 * Sets whether a rep takes leads: active or not, and out of office until a given time (or not).
 * Routing passes over an inactive or away rep; the rep's pool turns go to the next member.
 */
public final class SetRepStatus {

    private final Reps reps;

    public SetRepStatus(Reps reps) {
        this.reps = reps;
    }

    public Rep set(RepId id, boolean active, Instant awayUntil) {
        if (id == null) {
            throw InputRejected.required("repId");
        }
        Rep rep = reps.byId(id).orElseThrow(() -> InputRejected.notFound("repId", "rep", id.value()));
        Rep updated = rep.withStatus(active, awayUntil);
        reps.replace(updated);
        return updated;
    }
}
