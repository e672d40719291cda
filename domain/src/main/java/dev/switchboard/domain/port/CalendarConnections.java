package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Each rep's calendar connection, at most one per rep. Adapters keep the secrets a connection holds
 * (refresh tokens, passwords, private keys) encrypted at rest.
 */
public interface CalendarConnections {

    /** Connects the rep's calendar, replacing any connection the rep had. */
    void connect(RepId rep, CalendarConnection connection);

    /** Removes the rep's connection; the rep then has working hours only. Nothing happens when there is none. */
    void disconnect(RepId rep);

    /** The rep's connection, empty when the rep has none. */
    Optional<CalendarConnection> of(RepId rep);

    /** The connections of those of {@code reps} that have one, in one read. */
    Map<RepId, CalendarConnection> of(Collection<RepId> reps);
}
