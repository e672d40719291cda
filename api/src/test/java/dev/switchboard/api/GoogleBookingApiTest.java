package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bookings written to a rep's Google calendar (a local stand-in answering Google's JSON), through GraphQL: slots
 * keep off the calendar's busy time, the event is created, moved and removed with the booking, and a calendar
 * that fails keeps the booking, retried in the background until marked FAILED.
 */
class GoogleBookingApiTest {

    private GoogleStandIn google;
    private RunningApp app;
    private Workspace workspace;
    private Booker booker;

    @BeforeEach
    void start() throws Exception {
        google = new GoogleStandIn();
        app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage",
                "memory",
                "switchboard.sla.enabled",
                false,
                "switchboard.google.client-id",
                "switchboard-client.apps.googleusercontent.com",
                "switchboard.google.client-secret",
                "client-secret-1",
                "switchboard.google.token-endpoint",
                google.root().resolve("/token"),
                "switchboard.google.api-root",
                google.root(),
                "switchboard.google.attempts",
                1,
                "switchboard.booking.outbox-interval",
                "PT0.1S",
                "switchboard.booking.first-retry",
                "PT0.1S",
                "switchboard.booking.max-attempts",
                3));
        workspace = new Workspace(app.graphQl());
        booker = new Booker(app.graphQl());
    }

    @AfterEach
    void stop() {
        app.close();
        google.close();
    }

    private String repOnGoogle(String name) {
        String rep = workspace.rep(name);
        app.bean(CalendarConnections.class)
                .connect(
                        new RepId(GlobalIds.storedId(rep)),
                        new CalendarConnection.Google(
                                "primary", new CalendarConnection.OAuthRefreshToken("1//" + name.toLowerCase())));
        return rep;
    }

    @Test
    void the_event_is_written_moved_and_removed_with_the_booking_and_slots_keep_off_the_calendars_busy_time() {
        String anna = repOnGoogle("Anna");
        google.busy(monday("09:00"), monday("10:00"));
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, workspace.pool("Anna alone", List.of(anna)), 1);

        JsonNode slots = app.graphQl()
                .execute(
                        """
                query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start } unknownReps { reason } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        anna,
                                        "meetingTypeId",
                                        intro,
                                        "from",
                                        monday("00:00").toString(),
                                        "to",
                                        monday("23:59").toString(),
                                        "timeZone",
                                        "Europe/Paris")))
                .at("/data/availableSlots");
        assertThat(slots.at("/unknownReps").size()).as(slots.toString()).isZero();
        assertThat(slots.at("/slots/0/start").asString())
                .isEqualTo(monday("10:00").toString());
        assertThat(booker.book(lead, intro, monday("09:30"), null)
                        .at("/errors/0/code")
                        .asString())
                .isEqualTo("SLOT_NOT_OFFERED");

        JsonNode booking = booker.booked(lead, intro, monday("10:00"));
        assertThat(booking.at("/calendar/state").asString()).isEqualTo("WRITTEN");
        ObjectNode event = only(google.events());
        assertThat(Instant.parse(event.at("/start/dateTime").asString())).isEqualTo(monday("10:00"));
        assertThat(event.at("/iCalUID").asString())
                .isEqualTo(GlobalIds.storedId(booking.at("/id").asString()) + "@switchboard");
        assertThat(event.at("/attendees/0/email").asString()).isEqualTo("prospect1@acme.example");

        JsonNode moved = booker.reschedule(booking.at("/id").asString(), monday("14:00"));
        assertThat(moved.at("/booking/calendar/state").asString())
                .as(moved.toString())
                .isEqualTo("WRITTEN");
        event = only(google.events());
        assertThat(Instant.parse(event.at("/start/dateTime").asString())).isEqualTo(monday("14:00"));
        assertThat(event.at("/sequence").asInt()).isEqualTo(1);

        JsonNode cancelled = booker.cancel(booking.at("/id").asString());
        assertThat(cancelled.at("/booking/calendar/state").asString()).isEqualTo("WRITTEN");
        assertThat(google.events()).isEmpty();
    }

    @Test
    void a_calendar_that_fails_keeps_the_booking_pending_with_its_error_retried_until_failed() throws Exception {
        String ben = repOnGoogle("Ben");
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, workspace.pool("Ben alone", List.of(ben)), 2);
        google.failWrites();

        JsonNode booking = booker.booked(lead, intro, monday("11:00"));

        assertThat(booking.at("/status").asString()).isEqualTo("BOOKED");
        assertThat(booking.at("/calendar/state").asString()).isEqualTo("PENDING");
        assertThat(booking.at("/calendar/attempts").asInt()).isEqualTo(1);
        assertThat(booking.at("/calendar/lastError").asString()).startsWith("UNAVAILABLE");
        JsonNode failed = awaitCalendar(booking.at("/id").asString(), "FAILED");
        assertThat(failed.at("/calendar/attempts").asInt()).isEqualTo(3);
        assertThat(google.events()).isEmpty();

        google.healWrites();
        JsonNode moved = booker.reschedule(booking.at("/id").asString(), monday("15:00"));
        assertThat(moved.at("/booking/calendar/state").asString())
                .as("a change queues a new write")
                .isEqualTo("WRITTEN");
        assertThat(Instant.parse(only(google.events()).at("/start/dateTime").asString()))
                .isEqualTo(monday("15:00"));
    }

    @Test
    void a_booking_cancelled_after_its_events_write_answer_was_lost_leaves_no_event_on_the_calendar() throws Exception {
        String cleo = repOnGoogle("Cleo");
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, workspace.pool("Cleo alone", List.of(cleo)), 3);
        google.loseWriteAnswers();

        JsonNode booking = booker.booked(lead, intro, monday("11:00"));
        assertThat(booking.at("/calendar/state").asString()).isEqualTo("PENDING");
        assertThat(google.events()).as("written, though the answer was lost").hasSize(1);
        google.healWrites();

        JsonNode cancelled = booker.cancel(booking.at("/id").asString());
        assertThat(cancelled.at("/booking/status").asString()).isEqualTo("CANCELLED");
        // Written at once or by the background run, whichever claims the write first.
        awaitCalendar(booking.at("/id").asString(), "WRITTEN");
        assertThat(google.events()).as("removed where the lost write put it").isEmpty();
    }

    @Test
    void a_booking_moved_after_its_events_write_answer_was_lost_ends_with_its_event_at_the_new_time() throws Exception {
        String dora = repOnGoogle("Dora");
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, workspace.pool("Dora alone", List.of(dora)), 4);
        google.loseWriteAnswers();

        JsonNode booking = booker.booked(lead, intro, monday("11:00"));
        assertThat(booking.at("/calendar/state").asString()).isEqualTo("PENDING");
        google.healWrites();

        JsonNode moved = booker.reschedule(booking.at("/id").asString(), monday("16:00"));
        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        awaitCalendar(booking.at("/id").asString(), "WRITTEN");
        ObjectNode event = only(google.events());
        assertThat(Instant.parse(event.at("/start/dateTime").asString()))
                .as("the first try's event, moved")
                .isEqualTo(monday("16:00"));
        assertThat(event.at("/sequence").asInt()).isEqualTo(1);
    }

    private JsonNode awaitCalendar(String bookingId, String state) throws InterruptedException {
        JsonNode booking = null;
        for (int tries = 0; tries < 200; tries++) {
            booking = app.graphQl()
                    .execute(
                            "query($id: ID!) { booking(id: $id) { calendar { state attempts lastError } } }",
                            Map.of("id", bookingId))
                    .at("/data/booking");
            if (booking.at("/calendar/state").asString().equals(state)) {
                return booking;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the calendar write never became " + state + ": " + booking);
    }

    private static ObjectNode only(Map<String, ObjectNode> events) {
        assertThat(events).hasSize(1);
        return events.values().iterator().next();
    }
}
