package dev.switchboard.scheduling.connect;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.CalendarConsents;
import dev.switchboard.domain.port.ConsentStates;
import java.time.Clock;

/**
 * Finishes what {@link StartCalendarConsent} started when the calendar service sends the rep back: the
 * state is taken (so it never works twice), the code traded for the rep's connection, and the connection
 * stored in place of any the rep had.
 */
public final class FinishCalendarConsent {

    private final ConsentStates states;
    private final CalendarConsents consents;
    private final CalendarConnections connections;
    private final Clock clock;

    public FinishCalendarConsent(
            ConsentStates states, CalendarConsents consents, CalendarConnections connections, Clock clock) {
        this.states = states;
        this.consents = consents;
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * @return the rep whose calendar is now connected
     * @throws InputRejected {@code NOT_FOUND} on {@code state} for a state never issued, already used or
     *                       expired; {@code REQUIRED} on {@code code} when the service sent none
     * @throws CalendarFault when the service refuses the code or cannot be reached
     */
    public RepId finish(String state, String code) {
        if (state == null || state.isBlank()) {
            throw InputRejected.required("state");
        }
        RepId rep = states.take(state, clock.instant())
                .orElseThrow(() -> new InputRejected(
                        ErrorCode.NOT_FOUND,
                        "state",
                        "this consent link is unknown, already used or expired; start again"));
        if (code == null || code.isBlank()) {
            throw InputRejected.required("code");
        }
        connections.connect(rep, consents.connectionFor(code));
        return rep;
    }
}
