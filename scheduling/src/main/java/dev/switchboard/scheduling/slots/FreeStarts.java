package dev.switchboard.scheduling.slots;

import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WorkingHours.Window;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rep's free slot starts for a meeting type: the candidates are the rep's local times of day at
 * multiples of the slot interval from local midnight, inside a working window of their local date;
 * a candidate is kept when the whole meeting fits in that window, its start lies in the range, the
 * meeting widened by the buffers touches no busy or booked time, it overlaps no time off (nor the
 * rep's away period), and the rep's local day is below the meeting type's daily cap.
 * <p>
 * Local times are turned into instants with the rep's zone rules: a local time that a spring-forward
 * jump skips is no candidate, one that a fall-back repeats is a candidate at both instants.
 * Instants are handled as epoch seconds: this runs for every member of a pool on every slot query.
 */
final class FreeStarts {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Availability availability;
    private final MeetingType type;
    /** Busy and booked time merged: sorted, disjoint, so ends rise with starts. */
    private final long[] blockedStarts;

    private final long[] blockedEnds;
    private final long[] offStarts;
    private final long[] offEnds;
    private final Map<LocalDate, Integer> bookedPerDay;

    FreeStarts(
            Rep rep,
            Availability availability,
            MeetingType type,
            List<Interval> busy,
            List<Interval> booked,
            Instant now) {
        this.zone = rep.timeZone();
        this.rules = zone.getRules();
        this.availability = availability;
        this.type = type;
        List<Interval> blocked = new ArrayList<>(busy.size() + booked.size());
        blocked.addAll(busy);
        blocked.addAll(booked);
        long[][] merged = merge(blocked);
        this.blockedStarts = merged[0];
        this.blockedEnds = merged[1];
        List<Interval> off = new ArrayList<>();
        for (TimeOff period : availability.timeOff()) {
            off.add(period.period());
        }
        if (rep.awayAt(now)) {
            off.add(new Interval(now, rep.awayUntil()));
        }
        long[][] offMerged = merge(off);
        this.offStarts = offMerged[0];
        this.offEnds = offMerged[1];
        this.bookedPerDay = new HashMap<>();
        if (type.maxPerDay() != null) {
            booked.forEach(
                    meeting -> bookedPerDay.merge(meeting.start().atZone(zone).toLocalDate(), 1, Integer::sum));
        }
    }

    /** The free starts in [{@code earliest}, {@code latest}), added to {@code into} (in local-time order, not always instant order). */
    void collect(Instant earliest, Instant latest, List<Instant> into) {
        collect(earliest, latest, into, Integer.MAX_VALUE);
    }

    /** Whether there is a free start in [{@code earliest}, {@code latest}): stops at the first one found. */
    boolean any(Instant earliest, Instant latest) {
        List<Instant> found = new ArrayList<>(1);
        collect(earliest, latest, found, 1);
        return !found.isEmpty();
    }

    /** Collects free starts until {@code into} holds {@code limit} of them. */
    private void collect(Instant earliest, Instant latest, List<Instant> into, int limit) {
        long from = earliest.getEpochSecond() + (earliest.getNano() > 0 ? 1 : 0);
        long until = latest.getEpochSecond() + (latest.getNano() > 0 ? 1 : 0);
        long duration = type.durationMinutes() * 60L;
        long before = type.bufferBeforeMinutes() * 60L;
        long after = type.bufferAfterMinutes() * 60L;
        int step = type.slotIntervalMinutes();
        LocalDate last = latest.atZone(zone).toLocalDate();
        for (LocalDate date = earliest.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            if (type.maxPerDay() != null && bookedPerDay.getOrDefault(date, 0) >= type.maxPerDay()) {
                continue;
            }
            LocalDateTime midnight = date.atStartOfDay();
            for (Window window : availability.windowsOn(date)) {
                long open = Availability.opens(window, date, zone).getEpochSecond();
                long close = Availability.closes(window, date, zone).getEpochSecond();
                int startMinute = window.start().toSecondOfDay() / 60;
                int endMinute =
                        window.untilMidnight() ? MINUTES_PER_DAY : (window.end().toSecondOfDay() + 59) / 60;
                int firstMinute = (startMinute + step - 1) / step * step;
                ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(open));
                if (next == null || next.getInstant().getEpochSecond() >= close) {
                    // The usual case: one offset over the whole window, so local minutes map straight to instants.
                    long base = midnight.toEpochSecond(rules.getOffset(Instant.ofEpochSecond(open)));
                    for (int minute = firstMinute; minute < endMinute && into.size() < limit; minute += step) {
                        keep(base + minute * 60L, from, until, open, close, duration, before, after, into);
                    }
                    if (into.size() >= limit) {
                        return;
                    }
                    continue;
                }
                for (int minute = firstMinute; minute < endMinute; minute += step) {
                    LocalDateTime local = midnight.plusMinutes(minute);
                    for (ZoneOffset offset : rules.getValidOffsets(local)) {
                        keep(local.toEpochSecond(offset), from, until, open, close, duration, before, after, into);
                        if (into.size() >= limit) {
                            return;
                        }
                    }
                }
            }
        }
    }

    private void keep(
            long start,
            long from,
            long until,
            long open,
            long close,
            long duration,
            long before,
            long after,
            List<Instant> into) {
        long end = start + duration;
        if (start >= from
                && start < until
                && start >= open
                && end <= close
                && !overlaps(blockedStarts, blockedEnds, start - before, end + after)
                && !overlaps(offStarts, offEnds, start, end)) {
            into.add(Instant.ofEpochSecond(start));
        }
    }

    /** Whether [{@code start}, {@code end}) overlaps any of the disjoint sorted stretches. */
    private static boolean overlaps(long[] starts, long[] ends, long start, long end) {
        // The first stretch ending after start is the only one that can overlap before `end`.
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] > start) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low < starts.length && starts[low] < end;
    }

    /** Sorted, merged stretches as epoch seconds (starts rounded down, ends up): {starts, ends}. */
    private static long[][] merge(List<Interval> intervals) {
        Interval[] sorted = intervals.toArray(new Interval[0]);
        Arrays.sort(sorted);
        long[] starts = new long[sorted.length];
        long[] ends = new long[sorted.length];
        int n = 0;
        for (Interval interval : sorted) {
            long start = interval.start().getEpochSecond();
            long end = interval.end().getEpochSecond() + (interval.end().getNano() > 0 ? 1 : 0);
            if (n > 0 && start <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], end);
            } else {
                starts[n] = start;
                ends[n] = end;
                n++;
            }
        }
        return new long[][] {Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)};
    }
}
