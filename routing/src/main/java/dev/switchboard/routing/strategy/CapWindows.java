package dev.switchboard.routing.strategy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * The day and the ISO week (Monday to Sunday) an instant falls in, in a pool's time zone: the
 * windows caps are counted in. A day boundary is local midnight, DST changes included.
 */
public record CapWindows(String day, String week) {

    public static CapWindows at(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        String week = String.format("%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new CapWindows(local.toLocalDate().toString(), week);
    }
}
