package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.busy.BusyTime;
import dev.switchboard.scheduling.busy.BusyTimes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rep's calendar now, past the busy-time cache, for the next day: the admin's "check now". The read's
 * outcome is kept as the calendar's health by {@link BusyTimes}, as every read is.
 */
public final class CheckCalendar {

    /** @param connected false when the rep has no calendar; error empty when the read succeeded */
    public record Checked(Rep rep, boolean connected, Optional<String> error) {}

    private final Reps reps;
    private final CalendarConnections connections;
    private final BusyTimes busyTimes;
    private final Clock clock;

    public CheckCalendar(Reps reps, CalendarConnections connections, BusyTimes busyTimes, Clock clock) {
        this.reps = reps;
        this.connections = connections;
        this.busyTimes = busyTimes;
        this.clock = clock;
    }

    /** @throws InputRejected {@code NOT_FOUND} on {@code repId} for an unknown rep */
    public Checked check(RepId repId) {
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        Rep rep = reps.byId(repId).orElseThrow(() -> InputRejected.notFound("repId", "rep", repId.value()));
        Optional<CalendarConnection> connection = connections.of(repId);
        if (connection.isEmpty() || connection.get() instanceof CalendarConnection.None) {
            return new Checked(rep, false, Optional.empty());
        }
        busyTimes.invalidate(repId);
        Instant now = clock.instant();
        BusyTime read = busyTimes.between(List.of(rep), now, now.plus(Duration.ofDays(1)));
        return new Checked(rep, true, Optional.ofNullable(read.unknown().get(repId)));
    }
}
