package dev.switchboard.domain.model.availability;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A rep's weekly working hours as local times of day, read in the rep's own time zone so that they
 * follow the rep's clock across daylight-saving changes (9:00 stays 9:00 local, whatever the UTC offset).
 * A day may have several windows (a lunch break); a day with none is off.
 */
public record WorkingHours(Map<DayOfWeek, List<Window>> week) {

    /** The most windows one day may hold. */
    public static final int MAX_WINDOWS_PER_DAY = 12;

    /**
     * One stretch of a working day in local time, {@code start} inclusive, {@code end} exclusive.
     * An {@code end} of 00:00 means the end of the day (midnight after {@code start}).
     */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (start == null) {
                throw InputRejected.required("start");
            }
            if (end == null) {
                throw InputRejected.required("end");
            }
            if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
                throw new InputRejected(
                        ErrorCode.OUT_OF_RANGE, "end", "a window ends after it starts: " + start + "-" + end);
            }
        }

        /** Whether the window runs to midnight, the end of its day. */
        public boolean untilMidnight() {
            return end.equals(LocalTime.MIDNIGHT);
        }

        boolean overlaps(Window other) {
            return (other.untilMidnight() || start.isBefore(other.end))
                    && (untilMidnight() || other.start.isBefore(end));
        }
    }

    public WorkingHours {
        Map<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
        if (week != null) {
            week.forEach((day, windows) -> {
                String field = day.name().toLowerCase(Locale.ROOT);
                List<Window> checked = windows(field, windows);
                if (!checked.isEmpty()) {
                    copy.put(day, checked);
                }
            });
        }
        week = Map.copyOf(copy);
    }

    /** Monday to Friday, 9:00 to 17:00 local time: what a rep who set nothing works. */
    public static WorkingHours officeHours() {
        Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new Window(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return new WorkingHours(week);
    }

    /** The windows of a weekday in start order; empty on a day off. */
    public List<Window> on(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    /**
     * Checks one day's windows: each valid, at most {@link #MAX_WINDOWS_PER_DAY}, none overlapping
     * another, returned in start order. Faults are named {@code field[i]}, e.g. {@code monday[1].end}.
     */
    static List<Window> windows(String field, List<Window> windows) {
        if (windows == null) {
            return List.of();
        }
        if (windows.size() > MAX_WINDOWS_PER_DAY) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, field, "a day has at most " + MAX_WINDOWS_PER_DAY + " windows");
        }
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) == null) {
                throw InputRejected.required(field + "[" + i + "]");
            }
            for (int j = 0; j < i; j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    throw new InputRejected(
                            ErrorCode.OUT_OF_RANGE,
                            field + "[" + i + "]",
                            "window " + i + " overlaps window " + j + " of the same day");
                }
            }
        }
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(Window::start));
        return List.copyOf(sorted);
    }
}
