package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import java.util.Map;

/**
 * What each rep's day held: the leads that came to them and the meetings booked with them. A day is whatever
 * stretch the caller names for each rep (a rep's own calendar day in its own time zone, as each rep keeps a
 * different one), so the answer for a whole list of reps is read at once.
 */
public interface RepDays {

    /**
     * @param leads    leads the rep owns now whose routing decision was made in the day (a lead moved to
     *                 another rep counts for its new owner; one waiting in a claim queue counts for nobody)
     * @param meetings meetings with the rep starting in the day, not cancelled
     */
    record Day(long leads, long meetings) {
        public static final Day EMPTY = new Day(0, 0);
    }

    /**
     * Each rep's day, in a fixed number of reads whatever the number of reps (one per kind of count, never one
     * per rep); a rep with nothing in its day may be absent from the map.
     */
    Map<RepId, Day> of(Map<RepId, Interval> days);
}
