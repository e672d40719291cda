package dev.switchboard.domain.model.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time, {@code start} inclusive and {@code end} exclusive; never empty. */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " - " + end);
        }
    }

    public static Interval of(Instant start, Duration length) {
        return new Interval(start, start.plus(length));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether the two share any instant; touching ends (one ends as the other starts) do not overlap. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** The same interval widened by {@code before} at its start and {@code after} at its end. */
    public Interval widen(Duration before, Duration after) {
        return new Interval(start.minus(before), end.plus(after));
    }

    @Override
    public int compareTo(Interval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
