package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Which reps are off now by their own schedule, as routing needs to know it: time off, a holiday, and, when the
 * pool asks, outside working hours. Routing passes such a rep over as it does one out of office.
 */
public interface Absences {

    /** Nobody is ever off: for decisions that do not look at schedules (a replay of past leads). */
    Absences NONE = (reps, now, workingHours) -> Map.of();

    /**
     * @param why   {@code TIME_OFF}, {@code HOLIDAY} or {@code OFF_HOURS}
     * @param until when the rep is back, when known
     */
    record Absence(Candidate.SkipReason why, Instant until) {}

    /**
     * The reps of {@code reps} that are off at {@code now}, in one read; a rep that is not off is absent.
     *
     * @param workingHours whether being outside one's working hours counts as off
     */
    Map<RepId, Absence> of(Collection<Rep> reps, Instant now, boolean workingHours);
}
