package dev.switchboard.scheduling.presence;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.Availabilities;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routing's view of reps' schedules, read from their availability (a rep with none works the standard hours): time
 * off covering now, today a holiday in the rep's zone, and, when asked, no working window open now. Time off is
 * checked first, then the holiday, then the hours, so the explanation names the most specific reason.
 */
public final class ScheduledAbsences implements Absences {

    /** How far ahead to look for the next working window when saying until when a rep is off. */
    private static final int LOOK_AHEAD_DAYS = 14;

    private final Availabilities availabilities;

    public ScheduledAbsences(Availabilities availabilities) {
        this.availabilities = availabilities;
    }

    @Override
    public Map<RepId, Absence> of(Collection<Rep> reps, Instant now, boolean workingHours) {
        if (reps.isEmpty()) {
            return Map.of();
        }
        List<RepId> ids = new ArrayList<>(reps.size());
        reps.forEach(rep -> ids.add(rep.id()));
        Map<RepId, Availability> stored = availabilities.of(ids);
        Map<RepId, Absence> off = new HashMap<>();
        for (Rep rep : reps) {
            Absence absence =
                    absence(stored.getOrDefault(rep.id(), Availability.standard()), rep.timeZone(), now, workingHours);
            if (absence != null) {
                off.put(rep.id(), absence);
            }
        }
        return off;
    }

    static Absence absence(Availability availability, ZoneId zone, Instant now, boolean workingHours) {
        Instant backAt = null;
        for (TimeOff period : availability.timeOff()) {
            if (period.period().contains(now)
                    && (backAt == null || period.period().end().isAfter(backAt))) {
                backAt = period.period().end();
            }
        }
        if (backAt != null) {
            return new Absence(Candidate.SkipReason.TIME_OFF, backAt);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (availability.holidays().contains(today)) {
            LocalDate back = today.plusDays(1);
            while (availability.holidays().contains(back)) {
                back = back.plusDays(1);
            }
            return new Absence(
                    Candidate.SkipReason.HOLIDAY, back.atStartOfDay(zone).toInstant());
        }
        if (!workingHours) {
            return null;
        }
        Instant opens = null;
        // From yesterday, for a window that began before midnight and runs on.
        for (Interval window : availability.openOn(zone, today.minusDays(1), today.plusDays(LOOK_AHEAD_DAYS))) {
            if (window.contains(now)) {
                return null;
            }
            if (opens == null && window.start().isAfter(now)) {
                opens = window.start();
            }
        }
        return new Absence(Candidate.SkipReason.OFF_HOURS, opens);
    }
}
