package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Booking through GraphQL, for the specs: meeting types, leads, bookMeeting, rescheduleBooking, cancelBooking. */
final class Booker {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String BOOKING =
            "id status sequence start end timeZone title calendar { state attempts lastError } inviteUrl rep { id name }";
    static final String BOOK = "mutation($input: BookMeetingInput!) { bookMeeting(input: $input) { booking { " + BOOKING
            + " } repeated slots { start reps { id } } errors { code field message } } }";
    static final String RESCHEDULE =
            "mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { " + BOOKING
                    + " } slots { start } errors { code field message } } }";
    static final String CANCEL = "mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { "
            + BOOKING + " } errors { code field message } } }";

    private final GraphQlClient graphQl;

    Booker(GraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    /**
     * A Monday one to two weeks after the run's start on the apps' clock, at a time in Paris: the same Monday for the
     * whole run, so a test that straddles midnight still books the day it looked at.
     */
    static Instant monday(String time) {
        LocalDate monday = LocalDate.ofInstant(TestClock.app().start(), ZoneOffset.UTC)
                .plusDays(14)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.atTime(LocalTime.parse(time)).atZone(PARIS).toInstant();
    }

    String meetingType(int minutes, int bufferAfter) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of("name", "Intro", "durationMinutes", minutes, "bufferAfterMinutes", bufferAfter)))
                .at("/data/createMeetingType");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/meetingType/id").asString();
    }

    /** A lead submitted to the pool; returns its id. */
    String lead(Workspace workspace, String poolId, int n) {
        JsonNode payload = workspace.submit(Workspace.lead(poolId, n, Map.of())).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/lead/id").asString();
    }

    JsonNode book(String leadId, String meetingTypeId, Instant start, String key) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("leadId", leadId);
        input.put("meetingTypeId", meetingTypeId);
        input.put("start", start.toString());
        input.put("timeZone", "America/New_York");
        if (key != null) {
            input.put("idempotencyKey", key);
        }
        return graphQl.execute(BOOK, Map.of("input", input)).at("/data/bookMeeting");
    }

    JsonNode booked(String leadId, String meetingTypeId, Instant start) {
        JsonNode payload = book(leadId, meetingTypeId, start, null);
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/booking");
    }

    JsonNode reschedule(String bookingId, Instant start) {
        return graphQl.execute(RESCHEDULE, Map.of("input", Map.of("bookingId", bookingId, "start", start.toString())))
                .at("/data/rescheduleBooking");
    }

    JsonNode cancel(String bookingId) {
        return graphQl.execute(CANCEL, Map.of("input", Map.of("bookingId", bookingId)))
                .at("/data/cancelBooking");
    }

    static List<String> errorCodes(JsonNode payload) {
        return payload.at("/errors")
                .valueStream()
                .map(e -> e.at("/code").asString())
                .toList();
    }
}
