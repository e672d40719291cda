package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;

/**
 * Stops a rep taking leads, as when they leave: routing passes them over in every pool from the next decision, and
 * their pool turns go to the next member. The rep stays, with the decisions and bookings that name them; an
 * out-of-office end already set is kept. Deactivating an inactive rep changes nothing.
 */
public final class DeactivateRep {

    private final Reps reps;

    public DeactivateRep(Reps reps) {
        this.reps = reps;
    }

    public Rep deactivate(RepId id) {
        if (id == null) {
            throw InputRejected.required("repId");
        }
        Rep rep = reps.byId(id).orElseThrow(() -> InputRejected.notFound("repId", "rep", id.value()));
        if (!rep.active()) {
            return rep;
        }
        Rep inactive = rep.withStatus(false, rep.awayUntil());
        reps.replace(inactive);
        return inactive;
    }
}
