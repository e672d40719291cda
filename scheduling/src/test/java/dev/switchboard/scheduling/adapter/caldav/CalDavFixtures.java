package dev.switchboard.scheduling.adapter.caldav;

import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Test resources and sample bookings for the CalDAV specs. */
final class CalDavFixtures {

    private CalDavFixtures() {}

    static String text(String resource) {
        try (InputStream in = CalDavFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 30-minute demo booked by Ada (the rep) with a prospect. */
    static CalendarEvent demo(String uid, int sequence, String start) {
        Instant at = Instant.parse(start);
        return new CalendarEvent(
                uid,
                sequence,
                new Interval(at, at.plusSeconds(1800)),
                "Demo with Acme",
                "Booked through Switchboard",
                "https://meet.example.test/ada",
                "ada@rep.example.test",
                List.of("grace@acme.example.test"));
    }
}
