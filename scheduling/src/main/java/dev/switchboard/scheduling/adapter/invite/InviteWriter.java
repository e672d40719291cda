package dev.switchboard.scheduling.adapter.invite;

import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.scheduling.adapter.ICalendarEvent;
import java.time.Clock;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;

/**
 * Writes the invites a prospect receives about a booking, as iTIP messages (RFC 5546) from the rep
 * (ORGANIZER) to the prospect and any other attendee (ATTENDEE, asked to reply: RSVP, PARTSTAT NEEDS-ACTION).
 * Every message about one meeting carries its UID, so calendars update the meeting they already show
 * rather than adding another.
 */
public final class InviteWriter {

    private final Clock clock;

    /** @param clock stamps each message (DTSTAMP) */
    public InviteWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code METHOD:REQUEST} for a new booking, with the event's SEQUENCE (0 for a booking never moved). */
    public Invite booked(CalendarEvent event) {
        return write(Method.VALUE_REQUEST, event, event.sequence(), false);
    }

    /**
     * {@code METHOD:REQUEST} for a booking moved to the event's new time: the same UID, and the event's SEQUENCE,
     * one more than the invite it replaces, so calendars take the new time over the old.
     *
     * @throws IllegalArgumentException when the event's SEQUENCE is 0: a reschedule always follows a booking
     */
    public Invite rescheduled(CalendarEvent event) {
        if (event.sequence() < 1) {
            throw new IllegalArgumentException(
                    "a rescheduled event has a SEQUENCE above the booking's 0: " + event.uid());
        }
        return write(Method.VALUE_REQUEST, event, event.sequence(), false);
    }

    /**
     * {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} for the cancelled booking {@code event} describes, with the
     * event's SEQUENCE: a cancelled booking's sequence is one more than its last request's, as the cancellation is a
     * revision of its own (RFC 5546 §2.1.4), which calendars must not take for a repeat of that request. A booking
     * cancelled before its sequence counted the cancellation may still say 0: its CANCEL says 1, past the request.
     */
    public Invite cancelled(CalendarEvent event) {
        return write(Method.VALUE_CANCEL, event, Math.max(1, event.sequence()), true);
    }

    private Invite write(String method, CalendarEvent event, int sequence, boolean cancelled) {
        VEvent vevent = ICalendarEvent.of(event, clock.instant());
        vevent.replace(new Sequence(sequence));
        if (cancelled) {
            vevent.add(new Status(Status.VALUE_CANCELLED));
        }
        Calendar calendar = ICalendarEvent.calendar();
        calendar.add(new Method(method));
        calendar.add(vevent);
        return new Invite(method, event.uid(), sequence, ICalendarEvent.text(calendar));
    }
}
