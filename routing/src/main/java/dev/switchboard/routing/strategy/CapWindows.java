package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.EqualDistribution;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * The day, the ISO week (Monday to Sunday) and the month an instant falls in, in a pool's time zone:
 * the windows caps and equal distribution are counted in. A day boundary is local midnight, DST
 * changes included.
 */
public record CapWindows(String day, String week) {

    public static CapWindows at(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        // Built by hand rather than with String.format: this runs on every routing decision.
        int weekOfYear = local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String week = local.get(IsoFields.WEEK_BASED_YEAR) + (weekOfYear < 10 ? "-W0" : "-W") + weekOfYear;
        return new CapWindows(local.toLocalDate().toString(), week);
    }

    /** The calendar month, e.g. {@code 2026-11}: the day's year and month. */
    public String month() {
        return day.substring(0, day.lastIndexOf('-'));
    }

    /** The key of the equal-distribution window the instant falls in. */
    public String of(EqualDistribution.Window window) {
        if (window == EqualDistribution.Window.DAY) {
            return day;
        }
        return window == EqualDistribution.Window.WEEK ? week : month();
    }
}
