package dev.switchboard.scheduling.adapter;

import dev.switchboard.domain.model.calendar.CalendarEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A booking as an iCalendar VEVENT (RFC 5545), for the adapters that write iCalendar (CalDAV, invites).
 * Times are written in UTC, which every calendar reads without a VTIMEZONE; each client shows them in
 * its user's zone.
 */
public final class ICalendarEvent {

    private static final String PRODUCT = "-//Switchboard//Switchboard//EN";

    private ICalendarEvent() {}

    /** A VCALENDAR (VERSION, PRODID) holding no component yet. */
    public static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        return calendar;
    }

    /** The calendar as iCalendar text: CRLF line ends, lines longer than 75 octets folded (RFC 5545 §3.1). */
    public static String text(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException | ValidationException e) {
            // A StringWriter does not fail, and validation is off: nothing here can happen.
            throw new IllegalStateException("cannot write iCalendar text", e);
        }
        return text.toString();
    }

    /**
     * The booking as a VEVENT: UID, SEQUENCE, DTSTAMP ({@code stamp}), start and end, summary, description,
     * location, the rep as ORGANIZER and each attendee as a required participant asked to reply.
     */
    public static VEvent of(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStart<>(event.when().start()));
        vevent.add(new DtEnd<>(event.when().end()));
        vevent.add(new Summary(event.summary()));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        vevent.add(new Organizer(mailto(event.organizer())));
        for (String email : event.attendees()) {
            Attendee attendee = new Attendee(mailto(email));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            vevent.add(attendee);
        }
        return vevent;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.trim());
    }
}
