package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How each rep's calendar answered the last time it was read: kept with the rep's connection, so connecting a
 * calendar anew starts with no health until it is first read.
 */
public interface CalendarHealth {

    /**
     * @param checkedAt   when the calendar was last read
     * @param ok          whether that read succeeded
     * @param lastOkAt    the last read that succeeded; null when none did
     * @param lastError   why the last failed read failed (never a secret or a feed's full address); null when none failed
     * @param lastErrorAt when that was
     */
    record Health(Instant checkedAt, boolean ok, Instant lastOkAt, String lastError, Instant lastErrorAt) {}

    CalendarHealth NONE = new CalendarHealth() {
        @Override
        public void read(RepId rep, Instant at, String error) {}

        @Override
        public Map<RepId, Health> of(Collection<RepId> reps) {
            return Map.of();
        }
    };

    /** Records a read of the rep's calendar at {@code at}: a success when {@code error} is null. Nothing without a connection. */
    void read(RepId rep, Instant at, String error);

    /** The health of those reps whose connected calendar was read at least once, in one read. */
    Map<RepId, Health> of(Collection<RepId> reps);
}
