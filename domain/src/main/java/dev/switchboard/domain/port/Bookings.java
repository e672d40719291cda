package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Meetings booked with reps. Slots keep off them, and a rep's daily meeting cap counts them. */
public interface Bookings {

    /**
     * When each of {@code reps} has a booked (not cancelled) meeting overlapping [{@code from}, {@code to}),
     * sorted by start, in one read; a rep with none may be absent from the map.
     */
    Map<RepId, List<Interval>> booked(Collection<RepId> reps, Instant from, Instant to);
}
