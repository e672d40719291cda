package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Reps;

/** Forgets a rep's calendar and its secrets; the rep then has working hours only. */
public final class DisconnectCalendar {

    private final Reps reps;
    private final CalendarConnections connections;

    public DisconnectCalendar(Reps reps, CalendarConnections connections) {
        this.reps = reps;
        this.connections = connections;
    }

    /** @throws InputRejected {@code NOT_FOUND} on {@code repId} for an unknown rep */
    public void disconnect(RepId repId) {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        reps.byId(repId).orElseThrow(() -> InputRejected.notFound("repId", "rep", repId.value()));
        connections.disconnect(repId);
    }
}
