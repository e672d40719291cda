package dev.switchboard.domain.model.calendar;

import java.util.List;
import java.util.Objects;

/**
 * A booking as written to a rep's calendar.
 *
 * @param uid         stable across reschedules (the iCalendar UID), so every calendar and invite names one meeting
 * @param sequence    0 when booked, one more at each reschedule (the iCalendar SEQUENCE)
 * @param organizer   the rep's email
 * @param attendees   the prospect's email, and anyone else invited
 * @param location    a place or a conference link, or null
 */
public record CalendarEvent(
        String uid,
        int sequence,
        Interval when,
        String summary,
        String description,
        String location,
        String organizer,
        List<String> attendees) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        attendees = List.copyOf(attendees);
    }
}
