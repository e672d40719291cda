package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Reps;

/**
 * Replaces a rep's whole availability (weekly hours, overrides, holidays, time off) with one write.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code repId} for an unknown rep
 */
public final class SetAvailability {

    private final Reps reps;
    private final Availabilities availabilities;

    public SetAvailability(Reps reps, Availabilities availabilities) {
        this.reps = reps;
        this.availabilities = availabilities;
    }

    public Availability set(RepId rep, Availability availability) {
        if (rep == null) {
            throw InputRejected.required("repId");
        }
        if (reps.byId(rep).isEmpty()) {
            throw InputRejected.notFound("repId", "rep", rep.value());
        }
        availabilities.put(rep, availability);
        return availability;
    }
}
