package dev.switchboard.scheduling.adapter;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * The busy time that iCalendar data (RFC 5545) describes, for the adapters that read it (CalDAV and ICS
 * feeds), one expansion for both. It sits beside the adapter packages rather than in one of them so that no
 * adapter depends on another.
 *
 * <p>Recurring events are expanded within the window asked for (every RRULE frequency and BYxxx part, RDATE,
 * EXDATE) in their own time zone, so a weekly 9:00 in Europe/Paris stays 9:00 local across daylight-saving
 * changes; an instance overridden by a component with the same UID and a RECURRENCE-ID is replaced by that
 * component, which may move it (into or out of the window) or cancel it. Events that are cancelled
 * ({@code STATUS:CANCELLED}) or free ({@code TRANSP:TRANSPARENT}) are not busy. A TZID may name an IANA zone,
 * a Windows zone (Outlook's {@code W. Europe Standard Time}) or a zone the calendar's VTIMEZONE defines.
 * Floating times and all-day dates are read in the calendar's {@code X-WR-TIMEZONE} when it names a zone,
 * else in the zone the caller gives: iCalendar leaves their zone to the reader.
 *
 * <p>The work is bounded whatever the data: at most {@link #MAX_WINDOW} is expanded (the rest of a longer
 * window is busy); an event with more than {@link #MAX_INSTANCES_PER_EVENT} instances in the window is busy
 * from its first instance past that number to the window's end; a calendar with more than
 * {@link #MAX_INSTANCES_PER_CALENDAR} busy stretches in the window is {@code MALFORMED}; a COUNT above
 * {@link #MAX_COUNT} is read as no COUNT (never less busy than the series is).
 */
public final class ICalendarBusyTime {

    /** The most instances of one event read within a window; from the next one to the window's end is busy. */
    public static final int MAX_INSTANCES_PER_EVENT = 1_000;
    /** The most busy stretches one read may find; a calendar with more is {@code MALFORMED}. */
    public static final int MAX_INSTANCES_PER_CALENDAR = 5_000;
    /** The longest window expanded; the rest of a longer one is busy. */
    public static final Duration MAX_WINDOW = Duration.ofDays(100);
    /** The largest COUNT honoured: counting to it means walking the series from its start. */
    public static final int MAX_COUNT = 50_000;
    /** The most times one step of a rule may yield (BYSECOND x BYMINUTE x BYHOUR x days x months); a rule yielding more is {@code MALFORMED}. */
    public static final int MAX_CANDIDATES_PER_STEP = 100_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    // Recurrences are generated from a day before the window's start less the event's length: a day covers any
    // daylight-saving shift between nominal and exact lengths; exact clipping is done afterwards.
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
     * @throws CalendarFault {@code MALFORMED} when an event cannot be expanded (a broken RRULE, say), or when
     *                       the calendars hold more than {@link #MAX_INSTANCES_PER_CALENDAR} busy stretches in the window
     */
    public List<Interval> busy(Collection<Calendar> calendars, Interval window) {
        return busy(calendars, window, null);
    }

    /**
     * The same for the calendar of a rep working in {@code repZone}, in which its floating times and all-day dates
     * are read whatever zone the calendar names ({@code X-WR-TIMEZONE}): the rep's day off is their working day off.
     */
    public List<Interval> busy(Collection<Calendar> calendars, Interval window, ZoneId repZone) {
        Busy busy = new Busy();
        Interval expanded = window;
        Instant cut = window.start().plus(MAX_WINDOW);
        if (window.end().isAfter(cut)) {
            expanded = new Interval(window.start(), cut);
            busy.add(new Interval(cut, window.end()));
        }
        for (Calendar calendar : calendars) {
            try {
                new Reading(repZone != null ? repZone : zoneOf(calendar), expanded, busy).read(calendar);
            } catch (CalendarFault fault) {
                throw fault;
            } catch (RuntimeException e) {
                // A RECURRENCE-ID or EXDATE that is no date, read before any one event: the calendar as a whole is
                // malformed.
                throw new CalendarFault(
                        CalendarFault.Kind.MALFORMED, "the calendar cannot be read: " + e.getMessage(), e);
            }
        }
        busy.stretches.sort(null);
        return busy.stretches;
    }

    private ZoneId zoneOf(Calendar calendar) {
        return calendar.getProperty("X-WR-TIMEZONE")
                .flatMap(named -> TimeZoneIds.of(named.getValue()))
                .orElse(floatingZone);
    }

    /** What one read found so far, bounded. */
    private static final class Busy {
        private final List<Interval> stretches = new ArrayList<>();

        void add(Interval stretch) {
            if (stretches.size() >= MAX_INSTANCES_PER_CALENDAR) {
                throw new CalendarFault(
                        CalendarFault.Kind.MALFORMED,
                        "more than " + MAX_INSTANCES_PER_CALENDAR + " busy stretches between " + stretch.start()
                                + " and the end of the window asked: too many to read");
            }
            stretches.add(stretch);
        }
    }

    /** One calendar read within one window; {@code zone} places its floating times and all-day dates. */
    private record Reading(ZoneId zone, Interval window, Busy busy) {

        void read(Calendar calendar) {
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            for (List<VEvent> series : byUid(events)) {
                Set<Object> overridden = new HashSet<>();
                for (VEvent event : series) {
                    event.getProperty(Property.RECURRENCE_ID).ifPresent(id -> overridden.add(key(when(id))));
                }
                for (VEvent event : series) {
                    if (!isBusy(event) || event.getProperty(Property.DTSTART).isEmpty()) {
                        continue;
                    }
                    try {
                        boolean master =
                                event.getProperty(Property.RECURRENCE_ID).isEmpty();
                        expand(event, master ? overridden : Set.of());
                    } catch (CalendarFault fault) {
                        throw fault;
                    } catch (RuntimeException e) {
                        // ical4j and java.time report data they cannot read (a broken RRULE, a date out of range) by
                        // assorted runtime exceptions; the port promises callers a CalendarFault, the cause kept.
                        throw new CalendarFault(
                                CalendarFault.Kind.MALFORMED,
                                "an event cannot be expanded ("
                                        + event.getProperty(Property.UID)
                                                .map(Property::getValue)
                                                .orElse("no UID") + "): " + e.getMessage(),
                                e);
                    }
                }
            }
        }

        /** The event's instances that overlap the window, its RECURRENCE-ID overridden ones left out. */
        private void expand(VEvent event, Set<Object> overridden) {
            Temporal start = when(event.getProperty(Property.DTSTART).orElseThrow());
            TemporalAmount length = length(event, start);
            Set<Object> excluded = new HashSet<>(overridden);
            for (Property exdate : event.getProperties(Property.EXDATE)) {
                values(exdate).forEach(value -> excluded.add(key(value)));
            }
            Predicate<Temporal> kept =
                    instance -> !excluded.contains(key(instance)) && !excludedDay(instance, excluded);
            int instances = 0;
            Set<Object> seen = new HashSet<>();
            // DTSTART is always the first instance (RFC 5545 §3.8.5.3), whether or not the rule yields it.
            List<Temporal> single = new ArrayList<>();
            single.add(start);
            for (Property rdate : event.getProperties(Property.RDATE)) {
                for (String value : rdate.getValue().split(",")) {
                    int slash = value.indexOf('/');
                    if (slash < 0) {
                        single.add(when(rdate, value));
                        continue;
                    }
                    // A PERIOD: its own start and end (or duration), not the event's length.
                    Temporal from = when(rdate, value.substring(0, slash));
                    String rest = value.substring(slash + 1);
                    Temporal to = rest.startsWith("P") || rest.startsWith("+") || rest.startsWith("-")
                            ? from.plus(Duration.parse(rest))
                            : when(rdate, rest);
                    if (kept.test(from) && seen.add(key(from))) {
                        instances += add(from, to) ? 1 : 0;
                    }
                }
            }
            for (Temporal instance : single) {
                if (kept.test(instance) && seen.add(key(instance))) {
                    instances += add(instance, instance.plus(length)) ? 1 : 0;
                }
            }
            for (Property rrule : event.getProperties(Property.RRULE)) {
                Rule rule = Rule.of(rrule.getValue(), start, zone);
                // Filtered before iterating: ical4j's spliterator reports an advance without an element for each
                // candidate it
                // skips, which a bare stream iterator takes for the end.
                Iterator<Temporal> dates = rule.recur()
                        .getDatesAsStream(start, periodStart(start, length), periodEnd(start), -1)
                        .filter(rule.until())
                        .iterator();
                while (dates.hasNext()) {
                    Temporal instance = dates.next();
                    if (!kept.test(instance) || !seen.add(key(instance))) {
                        continue;
                    }
                    Interval stretch = stretch(instance, instance.plus(length));
                    if (stretch == null) {
                        continue;
                    }
                    if (++instances > MAX_INSTANCES_PER_EVENT) {
                        // An event this dense leaves no room between its instances: busy to the window's end, read no
                        // further.
                        busy.add(new Interval(
                                stretch.start(), window.end().isAfter(stretch.start()) ? window.end() : stretch.end()));
                        return;
                    }
                    busy.add(stretch);
                }
            }
        }

        /** An EXDATE given as a date excludes every instance of a timed series on that local day. */
        private static boolean excludedDay(Temporal instance, Set<Object> excluded) {
            return instance instanceof ZonedDateTime time && excluded.contains(time.toLocalDate());
        }

        private boolean add(Temporal from, Temporal to) {
            Interval stretch = stretch(from, to);
            if (stretch != null) {
                busy.add(stretch);
            }
            return stretch != null;
        }

        /** The instance as an interval when it lasts and overlaps the window, else null. */
        private Interval stretch(Temporal from, Temporal to) {
            Instant start = instant(from);
            Instant end = instant(to);
            if (end.isAfter(start) && end.isAfter(window.start()) && start.isBefore(window.end())) {
                return new Interval(start, end);
            }
            return null;
        }

        private Temporal periodStart(Temporal start, TemporalAmount length) {
            Instant from = window.start().minus(approximately(length)).minus(SLACK);
            if (start instanceof LocalDate) {
                return LocalDate.ofInstant(from, zone);
            }
            return from.atZone(((ZonedDateTime) start).getZone());
        }

        private Temporal periodEnd(Temporal start) {
            if (start instanceof LocalDate) {
                return LocalDate.ofInstant(window.end(), zone).plusDays(1);
            }
            return window.end().atZone(((ZonedDateTime) start).getZone());
        }

        private static Duration approximately(TemporalAmount length) {
            if (length instanceof Duration exact) {
                return exact;
            }
            Period nominal = (Period) length;
            return Duration.ofDays(nominal.toTotalMonths() * 31 + nominal.getDays() + 1);
        }

        /** How long each instance lasts: DTEND less DTSTART, else DURATION, else a day for a date and nothing for a time. */
        private TemporalAmount length(VEvent event, Temporal start) {
            Optional<Property> end = event.getProperty(Property.DTEND);
            if (end.isPresent()) {
                Temporal until = when(end.get());
                if (start instanceof LocalDate date) {
                    return until instanceof LocalDate last ? Period.between(date, last) : Period.ofDays(1);
                }
                return Duration.between(instant(start), instant(until));
            }
            Optional<Property> duration = event.getProperty(Property.DURATION);
            if (duration.isPresent()) {
                TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
                if (start instanceof LocalDate && amount instanceof Duration exact) {
                    // A date-valued event lasts whole days (RFC 5545 §3.8.5.3 asks DURATION in days or weeks).
                    return Period.ofDays((int) Math.max(1, exact.toDays()));
                }
                return amount;
            }
            return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
        }

        /** The value of a DATE or DATE-TIME property: a LocalDate, or a ZonedDateTime in its own zone. */
        private Temporal when(Property property) {
            return when(property, property.getValue());
        }

        private Temporal when(Property property, String text) {
            String value = text.trim();
            if (value.length() == 8) {
                return LocalDate.parse(value, DATE);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME)
                        .atZone(ZoneOffset.UTC);
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
            if (tzid.isEmpty()) {
                return local.atZone(zone);
            }
            return local.atZone(TimeZoneIds.of(tzid.get().getValue())
                    .or(() -> definedZone(property))
                    .orElse(zone));
        }

        /** The zone ical4j read from the calendar's own VTIMEZONE for a TZID no other way names. */
        private static Optional<ZoneId> definedZone(Property property) {
            try {
                Temporal parsed = null;
                if (property instanceof DateProperty<?> date) {
                    parsed = date.getDate();
                } else if (property instanceof DateListProperty<?> dates
                        && !dates.getDates().isEmpty()) {
                    parsed = dates.getDates().get(0);
                }
                return parsed instanceof ZonedDateTime time ? Optional.of(time.getZone()) : Optional.empty();
            } catch (RuntimeException e) {
                // A TZID with no VTIMEZONE behind it: read like a floating time.
                return Optional.empty();
            }
        }

        private List<Temporal> values(Property dates) {
            List<Temporal> values = new ArrayList<>();
            for (String value : dates.getValue().split(",")) {
                if (!value.isBlank()) {
                    values.add(when(dates, value));
                }
            }
            return values;
        }

        /** What identifies an instance: its day for an all-day one, its instant for a timed one. */
        private Object key(Temporal when) {
            return when instanceof LocalDate date ? date : instant(when);
        }

        private Instant instant(Temporal when) {
            if (when instanceof LocalDate date) {
                return date.atStartOfDay(zone).toInstant();
            }
            return Instant.from(when);
        }
    }

    /**
     * One RRULE as ical4j expands it, its UNTIL kept aside: ical4j compares UNTIL with instances only when both have
     * the same kind of value, and calendars mix them (a date UNTIL on a timed series, a UTC one on a zoned one).
     */
    private record Rule(Recur<Temporal> recur, Predicate<Temporal> until) {

        static Rule of(String text, Temporal start, ZoneId floating) {
            StringBuilder kept = new StringBuilder();
            Predicate<Temporal> until = instance -> true;
            for (String part : text.split(";")) {
                String name = part.contains("=")
                        ? part.substring(0, part.indexOf('=')).trim().toUpperCase(Locale.ROOT)
                        : part;
                String value = part.substring(part.indexOf('=') + 1).trim();
                if (name.equals("UNTIL")) {
                    until = until(value, start, floating);
                    continue;
                }
                if (name.equals("COUNT") && count(value) > MAX_COUNT) {
                    continue;
                }
                if (!part.isBlank()) {
                    kept.append(kept.length() == 0 ? "" : ";").append(part.trim());
                }
            }
            Recur<Temporal> recur = new Recur<>(kept.toString());
            if (candidatesPerStep(recur) > MAX_CANDIDATES_PER_STEP) {
                // ical4j builds each step's candidates as one list: BYSECOND x BYMINUTE x BYHOUR x days in a yearly
                // step
                // would take more memory and time than any calendar deserves.
                throw new IllegalArgumentException("the rule yields more than " + MAX_CANDIDATES_PER_STEP
                        + " times per " + recur.getFrequency() + " step: " + text);
            }
            return new Rule(recur, until);
        }

        private static long candidatesPerStep(Recur<Temporal> recur) {
            long days = Math.max(
                    Math.max(1, recur.getDayList().size() * 5L),
                    Math.max(
                            recur.getMonthDayList().size(),
                            recur.getYearDayList().size()));
            return Math.max(1, recur.getSecondList().size())
                    * (long) Math.max(1, recur.getMinuteList().size())
                    * Math.max(1, recur.getHourList().size())
                    * days
                    * Math.max(1, recur.getMonthList().size());
        }

        private static int count(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("COUNT is not a number: " + value, e);
            }
        }

        private static Predicate<Temporal> until(String value, Temporal start, ZoneId floating) {
            try {
                if (value.length() == 8) {
                    LocalDate last = LocalDate.parse(value, DATE);
                    return instance -> !date(instance).isAfter(last);
                }
                if (value.endsWith("Z") || value.endsWith("z")) {
                    Instant last = LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME)
                            .toInstant(ZoneOffset.UTC);
                    if (start instanceof LocalDate) {
                        LocalDate lastDay = LocalDate.ofInstant(last, floating);
                        return instance -> !date(instance).isAfter(lastDay);
                    }
                    return instance -> !Instant.from(instance).isAfter(last);
                }
                LocalDateTime last = LocalDateTime.parse(value, DATE_TIME);
                return instance -> instance instanceof ZonedDateTime time
                        ? !time.toLocalDateTime().isAfter(last)
                        : !date(instance).isAfter(last.toLocalDate());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("UNTIL is not a date or time: " + value, e);
            }
        }

        private static LocalDate date(Temporal instance) {
            return instance instanceof ZonedDateTime time ? time.toLocalDate() : (LocalDate) instance;
        }
    }

    /** Events grouped by UID, each group the master and its overrides; events without a UID stand alone. */
    private static Collection<List<VEvent>> byUid(List<VEvent> events) {
        Map<Object, List<VEvent>> series = new LinkedHashMap<>();
        for (VEvent event : events) {
            Object key = event.getProperty(Property.UID)
                    .<Object>map(Property::getValue)
                    .orElse(new Object());
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
        return series.values();
    }

    /** Cancelled and free events are not busy; Outlook also marks free time by its own busy status. */
    private static boolean isBusy(VEvent event) {
        boolean cancelled = has(event, Property.STATUS, "CANCELLED");
        boolean free = has(event, Property.TRANSP, "TRANSPARENT") || has(event, "X-MICROSOFT-CDO-BUSYSTATUS", "FREE");
        return !cancelled && !free;
    }

    private static boolean has(VEvent event, String property, String value) {
        return event.getProperty(property)
                .map(Property::getValue)
                .map(String::trim)
                .filter(value::equalsIgnoreCase)
                .isPresent();
    }
}
