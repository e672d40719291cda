package dev.switchboard.scheduling.adapter.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InviteWriterTest {

    private final InviteWriter invites =
            new InviteWriter(Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC));

    private static CalendarEvent demo(int sequence, String start) {
        Instant at = Instant.parse(start);
        return new CalendarEvent(
                "booking-42@switchboard.test",
                sequence,
                new Interval(at, at.plusSeconds(1800)),
                "Demo with Acme",
                "Booked through Switchboard",
                "https://meet.example.test/ada",
                "ada@rep.example.test",
                List.of("grace@acme.example.test"));
    }

    /** The invite read back by ical4j's parser, as a mail client would read it. */
    private static VEvent onlyEvent(Invite invite) {
        Calendar calendar = ICalendarBusyTime.parse(invite.text());
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains(invite.method());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void a_booking_is_a_request_from_the_rep_to_the_prospect_asked_to_reply() {
        Invite invite = invites.booked(demo(0, "2026-11-03T10:00:00Z"));

        assertThat(invite.method()).isEqualTo("REQUEST");
        assertThat(invite.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(invite.text())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nMETHOD:REQUEST\r\n");
        VEvent event = onlyEvent(invite);
        assertThat(value(event, Property.UID)).isEqualTo("booking-42@switchboard.test");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261101T120000Z");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261103T100000Z");
        assertThat(value(event, Property.DTEND)).isEqualTo("20261103T103000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Demo with Acme");
        assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.test/ada");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:ada@rep.example.test");
        assertThat(value(event, Property.STATUS)).isNull();
        Property prospect = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(prospect.getValue()).isEqualTo("mailto:grace@acme.example.test");
        assertThat(prospect.getParameter("RSVP").map(p -> p.getValue())).contains("TRUE");
        assertThat(prospect.getParameter("PARTSTAT").map(p -> p.getValue())).contains("NEEDS-ACTION");
        assertThat(prospect.getParameter("ROLE").map(p -> p.getValue())).contains("REQ-PARTICIPANT");
    }

    @Test
    void long_lines_are_folded_at_75_octets_and_read_back_whole() {
        String summary = "Demo with Acme, about the new routing rules for EMEA; a summary far longer than one line";
        CalendarEvent event = new CalendarEvent(
                "booking-43@switchboard.test",
                0,
                demo(0, "2026-11-03T10:00:00Z").when(),
                summary,
                null,
                null,
                "ada@rep.example.test",
                List.of("grace@acme.example.test"));

        Invite invite = invites.booked(event);

        assertThat(invite.text().split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(75));
        assertThat(value(onlyEvent(invite), Property.SUMMARY)).isEqualTo(summary);
    }

    @Test
    void a_reschedule_is_a_request_for_the_same_uid_with_the_next_sequence_at_the_new_time() {
        Invite booked = invites.booked(demo(0, "2026-11-03T10:00:00Z"));
        Invite moved = invites.rescheduled(demo(1, "2026-11-04T15:00:00Z"));

        assertThat(moved.method()).isEqualTo("REQUEST");
        VEvent event = onlyEvent(moved);
        assertThat(value(event, Property.UID)).isEqualTo(value(onlyEvent(booked), Property.UID));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261104T150000Z");
        assertThatThrownBy(() -> invites.rescheduled(demo(0, "2026-11-04T15:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancellation_is_a_cancel_of_the_same_uid_marked_cancelled_with_the_cancelled_bookings_own_sequence() {
        Invite cancelled = invites.cancelled(demo(2, "2026-11-04T15:00:00Z"));

        assertThat(cancelled.method()).isEqualTo("CANCEL");
        assertThat(cancelled.contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        assertThat(cancelled.sequence()).isEqualTo(2);
        VEvent event = onlyEvent(cancelled);
        assertThat(value(event, Property.UID)).isEqualTo("booking-42@switchboard.test");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:grace@acme.example.test");
        assertThat(invites.cancelled(demo(0, "2026-11-04T15:00:00Z")).sequence())
                .as("a booking cancelled before cancellations were counted still cancels past its request")
                .isEqualTo(1);
    }
}
