package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Reps;

/**
 * Connects a rep's calendar, replacing any calendar the rep had. Nothing is checked against the calendar
 * itself here: a wrong address or password shows when busy time is first read.
 */
public final class ConnectCalendar {

    private final Reps reps;
    private final CalendarConnections connections;
    private final ServiceAccountKey serviceAccount;

    /** @param serviceAccount the configured Google service account, null when there is none */
    public ConnectCalendar(Reps reps, CalendarConnections connections, ServiceAccountKey serviceAccount) {
        this.reps = reps;
        this.connections = connections;
        this.serviceAccount = serviceAccount;
    }

    /**
     * @return the connection stored
     * @throws InputRejected {@code NOT_FOUND} on {@code repId} for an unknown rep, {@code NOT_CONFIGURED} for a
     *                       service-account calendar when no service account is configured
     */
    public CalendarConnection connect(ConnectCalendarCommand command) {
        reps.byId(command.repId())
                .orElseThrow(() ->
                        InputRejected.notFound("repId", "rep", command.repId().value()));
        CalendarConnection connection = command.source().connection(serviceAccount);
        connections.connect(command.repId(), connection);
        return connection;
    }
}
