package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Reps;

/**
 * Adds an out-of-office period to a rep's availability, keeping everything else; concurrent additions
 * are all kept. No slot of the rep overlaps the period.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code repId}; {@code OUT_OF_RANGE} on {@code timeOff} when the
 *                       rep already has {@link Availability#MAX_TIME_OFF} periods
 */
public final class AddTimeOff {

    private final Reps reps;
    private final Availabilities availabilities;

    public AddTimeOff(Reps reps, Availabilities availabilities) {
        this.reps = reps;
        this.availabilities = availabilities;
    }

    public Availability add(RepId rep, TimeOff period) {
        if (rep == null) {
            throw InputRejected.required("repId");
        }
        if (reps.byId(rep).isEmpty()) {
            throw InputRejected.notFound("repId", "rep", rep.value());
        }
        int held = availabilities.of(rep).map(a -> a.timeOff().size()).orElse(0);
        if (held >= Availability.MAX_TIME_OFF) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "timeOff",
                    "a rep has at most " + Availability.MAX_TIME_OFF + " time-off periods");
        }
        return availabilities.addTimeOff(rep, period);
    }
}
