package dev.switchboard.domain.model.availability;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a rep can meet, in local dates and times read in the rep's time zone: weekly working hours,
 * dates with other hours (overrides), dates off (holidays) and out-of-office periods (time off).
 * For a date, a holiday wins over an override, an override over the weekly hours; time off then
 * removes whatever it overlaps.
 */
public record Availability(
        WorkingHours weekly, List<DateOverride> overrides, List<LocalDate> holidays, List<TimeOff> timeOff) {

    public static final int MAX_OVERRIDES = 400;
    public static final int MAX_HOLIDAYS = 400;
    public static final int MAX_TIME_OFF = 200;

    public Availability {
        if (weekly == null) {
            weekly = WorkingHours.officeHours();
        }
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        if (overrides.size() > MAX_OVERRIDES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "overrides", "at most " + MAX_OVERRIDES + " date overrides");
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "holidays", "at most " + MAX_HOLIDAYS + " holidays");
        }
        if (timeOff.size() > MAX_TIME_OFF) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "timeOff", "at most " + MAX_TIME_OFF + " time-off periods");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < overrides.size(); i++) {
            if (!seen.add(overrides.get(i).date())) {
                throw new InputRejected(
                        ErrorCode.DUPLICATE,
                        "overrides[" + i + "].date",
                        "the date " + overrides.get(i).date() + " is overridden twice");
            }
        }
    }

    /** What a rep who set nothing has: Monday to Friday, 9:00 to 17:00 in their zone. */
    public static Availability standard() {
        return new Availability(WorkingHours.officeHours(), List.of(), List.of(), List.of());
    }

    /** The same schedule with other weekly hours. */
    public Availability withWeekly(WorkingHours hours) {
        return new Availability(hours, overrides, holidays, timeOff);
    }

    /** The same schedule with the date's override set, replacing any the date had. */
    public Availability withOverride(DateOverride override) {
        List<DateOverride> changed = new ArrayList<>();
        overrides.stream().filter(o -> !o.date().equals(override.date())).forEach(changed::add);
        changed.add(override);
        return new Availability(weekly, changed, holidays, timeOff);
    }

    /** The same schedule without the date's override; unchanged when it had none. */
    public Availability withoutOverride(LocalDate date) {
        return new Availability(
                weekly, overrides.stream().filter(o -> !o.date().equals(date)).toList(), holidays, timeOff);
    }

    /** The same schedule with one more out-of-office period. */
    public Availability withTimeOff(TimeOff period) {
        List<TimeOff> changed = new ArrayList<>(timeOff);
        changed.add(period);
        return new Availability(weekly, overrides, holidays, changed);
    }

    /**
     * The windows of one local date, in start order: none on a holiday, the override's on an overridden
     * date, else the weekday's.
     */
    public List<WorkingHours.Window> windowsOn(LocalDate date) {
        // Lists are short (a few dates a year), so a scan beats building an index per call.
        for (LocalDate holiday : holidays) {
            if (holiday.equals(date)) {
                return List.of();
            }
        }
        for (DateOverride override : overrides) {
            if (override.date().equals(date)) {
                return override.windows();
            }
        }
        return weekly.on(date.getDayOfWeek());
    }

    /** When the window opens on {@code date} in {@code zone}: a local time skipped by a daylight-saving jump reads after it. */
    public static Instant opens(WorkingHours.Window window, LocalDate date, ZoneId zone) {
        return ZonedDateTime.of(date, window.start(), zone).toInstant();
    }

    /** When the window closes on {@code date} in {@code zone}; a local time that occurs twice reads as its first occurrence. */
    public static Instant closes(WorkingHours.Window window, LocalDate date, ZoneId zone) {
        return window.untilMidnight()
                ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, window.end(), zone).toInstant();
    }

    /**
     * The working windows as instants, for every local date in {@code zone} from {@code first} to {@code last}
     * inclusive, in order; time off is not taken out (see {@link #offDuring}).
     */
    public List<Interval> openOn(ZoneId zone, LocalDate first, LocalDate last) {
        List<Interval> open = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (WorkingHours.Window window : windowsOn(date)) {
                Instant start = opens(window, date, zone);
                Instant end = closes(window, date, zone);
                if (end.isAfter(start)) {
                    open.add(new Interval(start, end));
                }
            }
        }
        return open;
    }

    /** Whether any time off overlaps the stretch. */
    public boolean offDuring(Interval stretch) {
        for (TimeOff off : timeOff) {
            if (off.period().overlaps(stretch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a meeting from {@code start} lasting {@code length} lies wholly inside one working window of
     * its local date in {@code zone} and outside all time off.
     */
    public boolean covers(ZoneId zone, Instant start, Duration length) {
        Interval meeting = Interval.of(start, length);
        LocalDate date = start.atZone(zone).toLocalDate();
        for (Interval window : openOn(zone, date, date)) {
            if (!meeting.start().isBefore(window.start()) && !meeting.end().isAfter(window.end())) {
                return !offDuring(meeting);
            }
        }
        return false;
    }
}
