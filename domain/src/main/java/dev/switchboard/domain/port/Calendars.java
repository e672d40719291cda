package dev.switchboard.domain.port;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Reps' outside calendars: busy time to keep slots off, and events for bookings. One adapter per kind
 * of connection (Google, CalDAV, ICS feed); each call is bounded by a timeout, and every failure is a
 * {@link CalendarFault}, never a hang or another exception.
 */
public interface Calendars {

    /** Whether this adapter speaks to calendars of the connection's kind. */
    boolean supports(CalendarConnection connection);

    /**
     * The busy stretches of the calendar that overlap [{@code from}, {@code to}), sorted by start,
     * recurring events expanded; events marked free (transparent) or cancelled are not busy.
     *
     * @throws CalendarFault when the calendar cannot be read
     */
    List<Interval> busy(CalendarConnection connection, Instant from, Instant to);

    /**
     * The same for the calendar of a rep working in {@code repZone}: times the calendar leaves without a zone
     * (floating times, all-day dates) are read in it, so a rep's all-day event blocks that day of theirs. The
     * default ignores the zone, for calendars whose times always carry one (Google's).
     *
     * @throws CalendarFault when the calendar cannot be read
     */
    default List<Interval> busy(CalendarConnection connection, Instant from, Instant to, ZoneId repZone) {
        return busy(connection, from, to);
    }

    /**
     * Writes a new event.
     *
     * @return where the event now is, to update or delete it later
     * @throws CalendarFault when it cannot be written; {@code READ_ONLY} for a calendar that takes no events
     */
    EventRef create(CalendarConnection connection, CalendarEvent event);

    /**
     * Replaces an event written before (a reschedule).
     *
     * @return the event's new version
     * @throws CalendarFault {@code NOT_FOUND} when it is gone, {@code CONFLICT} when it changed meanwhile
     */
    EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event);

    /**
     * Removes an event written before (a cancellation). An event already gone is not an error.
     *
     * @throws CalendarFault when the calendar cannot be written
     */
    void delete(CalendarConnection connection, EventRef ref);

    /**
     * Where {@link #create} puts {@code event}, known before any answer because the address follows from the
     * event's UID: so an event whose create's answer was lost (a timeout, a reset) can still be removed or
     * corrected. Its {@code etag} is null. Empty for a calendar that takes no events, or whose addresses the
     * calendar chooses.
     */
    default Optional<EventRef> where(CalendarConnection connection, CalendarEvent event) {
        return Optional.empty();
    }
}
