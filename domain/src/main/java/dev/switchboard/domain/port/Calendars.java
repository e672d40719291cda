package dev.switchboard.domain.port;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;

import java.time.Instant;
import java.util.List;

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
}
