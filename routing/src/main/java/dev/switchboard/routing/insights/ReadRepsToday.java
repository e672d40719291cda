package dev.switchboard.routing.insights;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.RepDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each rep's leads and meetings today, where today is the rep's own calendar day in the rep's own time zone
 * (midnight to midnight there, 23 or 25 hours on the days clocks change): what the rep calls today, as a
 * rep in Paris and one in New York keep different days at the same instant. A whole list of reps is read in
 * one call to {@link RepDays}.
 */
public final class ReadRepsToday {

    /**
     * @param date   the rep's date today
     * @param day    that date from the rep's midnight to the next
     * @param counts what the day held so far
     */
    public record Today(LocalDate date, Interval day, RepDays.Day counts) {}

    private final RepDays days;
    private final Clock clock;

    public ReadRepsToday(RepDays days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    /** Today for each rep, given each rep's time zone; every rep asked about is in the answer. */
    public Map<RepId, Today> of(Map<RepId, ZoneId> reps) {
        Map<RepId, LocalDate> dates = new LinkedHashMap<>();
        Map<RepId, Interval> intervals = new LinkedHashMap<>();
        reps.forEach((rep, zone) -> {
            LocalDate date = LocalDate.now(clock.withZone(zone));
            dates.put(rep, date);
            intervals.put(
                    rep,
                    new Interval(
                            date.atStartOfDay(zone).toInstant(),
                            date.plusDays(1).atStartOfDay(zone).toInstant()));
        });
        Map<RepId, RepDays.Day> counts = reps.isEmpty() ? Map.of() : days.of(intervals);
        Map<RepId, Today> today = new LinkedHashMap<>();
        dates.forEach((rep, date) ->
                today.put(rep, new Today(date, intervals.get(rep), counts.getOrDefault(rep, RepDays.Day.EMPTY))));
        return today;
    }
}
