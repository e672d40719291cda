package dev.switchboard.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rep's weekly working hours, kept in the rep's own time zone so that they follow the rep's
 * clock across daylight-saving changes (9:00 stays 9:00 local, whatever the UTC offset).
 */
public record WorkingHours(ZoneId zone, Map<DayOfWeek, List<Window>> week) {

    /** One stretch of a working day in local time, {@code start} inclusive, {@code end} exclusive. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a window ends after it starts: " + start + "-" + end);
            }
        }
    }

    public WorkingHours {
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, windows) -> copy.put(day, List.copyOf(windows)));
        week = Map.copyOf(copy);
    }

    /** Monday to Friday, 9:00 to 17:00 local time. */
    public static WorkingHours officeHours(ZoneId zone) {
        Map<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new Window(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return new WorkingHours(zone, week);
    }

    /** Whether a meeting from {@code start} lasting {@code length} lies wholly inside one window. */
    public boolean covers(Instant start, Duration length) {
        ZonedDateTime localStart = start.atZone(zone);
        ZonedDateTime localEnd = start.plus(length).atZone(zone);
        if (!localStart.toLocalDate().equals(localEnd.toLocalDate()) && !localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return false;
        }
        for (Window window : week.getOrDefault(localStart.getDayOfWeek(), List.of())) {
            ZonedDateTime open = localStart.with(window.start());
            ZonedDateTime close = localStart.with(window.end());
            if (!localStart.isBefore(open) && !localEnd.isAfter(close)) {
                return true;
            }
        }
        return false;
    }
}
