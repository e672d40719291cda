package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Each rep's availability (working hours, overrides, holidays, time off), at most one per rep. A rep
 * with none stored works {@link Availability#standard()}: callers apply that default, the port does not.
 */
public interface Availabilities {

    /** Stores the rep's whole availability, replacing what the rep had. */
    void put(RepId rep, Availability availability);

    /**
     * Adds one out-of-office period to the rep's availability as one atomic step, so concurrent
     * additions are all kept; a rep with nothing stored gets the standard hours plus this period.
     *
     * @return the availability now stored
     */
    Availability addTimeOff(RepId rep, TimeOff period);

    /** The rep's stored availability, empty when the rep set none. */
    Optional<Availability> of(RepId rep);

    /** The stored availabilities of those of {@code reps} that have one, in one read. */
    Map<RepId, Availability> of(Collection<RepId> reps);
}
