package dev.switchboard.scheduling.adapter;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RecurrenceId;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The busy time that iCalendar data (RFC 5545) describes, for the adapters that read it (CalDAV and ICS
 * feeds). It sits beside the adapter packages rather than in one of them so that no adapter depends on
 * another.
 *
 * <p>Recurring events are expanded (RRULE, RDATE, EXDATE) in their own time zone, so a weekly 9:00 in
 * Europe/Paris stays 9:00 local across daylight-saving changes; an instance overridden by a component
 * with the same UID and a RECURRENCE-ID is replaced by that component, which may move it or cancel it.
 * Events that are cancelled ({@code STATUS:CANCELLED}) or free ({@code TRANSP:TRANSPARENT}) are not busy.
 * Floating times and all-day dates are read in the calendar's {@code X-WR-TIMEZONE} when it names a zone,
 * else in the zone this reader was given: iCalendar leaves their zone to the reader.
 */
public final class ICalendarBusyTime {

    // The window handed to ical4j is widened by a day each side: it places floating times in the JVM's zone,
    // not the calendar's, so exact clipping is done here afterwards.
    private static final Duration SLACK = Duration.ofDays(1);

    private final ZoneId floatingZone;

    /** @param floatingZone the zone of floating times and all-day dates when the calendar names none */
    public ICalendarBusyTime(ZoneId floatingZone) {
        this.floatingZone = Objects.requireNonNull(floatingZone, "floatingZone");
    }

    /**
     * Reads iCalendar text.
     *
     * @throws CalendarFault {@code MALFORMED} when it is not iCalendar
     */
    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new CalendarFault(CalendarFault.Kind.MALFORMED, "not iCalendar data: " + e.getMessage(), e);
        }
    }

    /**
     * The busy stretches of the calendars that overlap {@code window}, sorted by start, each whole (an
     * event that began before the window keeps its start).
     *
     * @throws CalendarFault {@code MALFORMED} when an event cannot be expanded (a broken RRULE, say)
     */
    public List<Interval> busy(Collection<Calendar> calendars, Interval window) {
        List<Interval> busy = new ArrayList<>();
        for (Calendar calendar : calendars) {
            try {
                collect(calendar, window, busy);
            } catch (RuntimeException e) {
                // ical4j reports data it cannot expand (a broken RRULE, a date it cannot place) by assorted
                // runtime exceptions; the port promises callers a CalendarFault, the cause kept.
                throw new CalendarFault(CalendarFault.Kind.MALFORMED, "an event cannot be expanded: " + e.getMessage(), e);
            }
        }
        busy.sort(null);
        return busy;
    }

    private void collect(Calendar calendar, Interval window, List<Interval> busy) {
        ZoneId zone = zoneOf(calendar);
        Period<Instant> widened = new Period<>(window.start().minus(SLACK), window.end().plus(SLACK));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (List<VEvent> series : byUid(events)) {
            Set<Instant> overridden = new HashSet<>();
            for (VEvent event : series) {
                recurrenceId(event).ifPresent(id -> overridden.add(instant(id.getDate(), zone)));
            }
            for (VEvent event : series) {
                if (!isBusy(event) || event.getProperty(Property.DTSTART).isEmpty()) {
                    continue;
                }
                boolean master = recurrenceId(event).isEmpty();
                for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(widened)) {
                    Instant start = instant(occurrence.getStart(), zone);
                    Instant end = instant(occurrence.getEnd(), zone);
                    if (master && overridden.contains(start)) {
                        continue;
                    }
                    if (end.isAfter(start) && end.isAfter(window.start()) && start.isBefore(window.end())) {
                        busy.add(new Interval(start, end));
                    }
                }
            }
        }
    }

    private ZoneId zoneOf(Calendar calendar) {
        Optional<Property> named = calendar.getProperty("X-WR-TIMEZONE");
        if (named.isPresent()) {
            try {
                return ZoneId.of(named.get().getValue().trim());
            } catch (DateTimeException e) {
                // A zone name Java does not know (a Windows name, a typo): fall back like a calendar naming none.
            }
        }
        return floatingZone;
    }

    /** Events grouped by UID, each group the master and its overrides; events without a UID stand alone. */
    private static Collection<List<VEvent>> byUid(List<VEvent> events) {
        Map<Object, List<VEvent>> series = new LinkedHashMap<>();
        for (VEvent event : events) {
            Object key = event.getProperty(Property.UID).<Object>map(Property::getValue).orElse(new Object());
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        return series.values();
    }

    private static Optional<RecurrenceId<Temporal>> recurrenceId(VEvent event) {
        return event.getProperty(Property.RECURRENCE_ID);
    }

    private static boolean isBusy(VEvent event) {
        boolean cancelled = event.getProperty(Property.STATUS).map(Property::getValue).filter("CANCELLED"::equalsIgnoreCase).isPresent();
        boolean free = event.getProperty(Property.TRANSP).map(Property::getValue).filter("TRANSPARENT"::equalsIgnoreCase).isPresent();
        return !cancelled && !free;
    }

    private static Instant instant(Temporal time, ZoneId floating) {
        if (time instanceof LocalDate date) {
            return date.atStartOfDay(floating).toInstant();
        }
        if (time instanceof LocalDateTime local) {
            return local.atZone(floating).toInstant();
        }
        return Instant.from(time);
    }
}
