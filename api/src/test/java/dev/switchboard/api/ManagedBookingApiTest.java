package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hosted manage page's API: a booking's signed link is a credential of its own, so whoever holds it (nobody
 * signed in) reads that booking and its rep's open slots, moves it and cancels it; nothing else, and nobody
 * without it.
 */
class ManagedBookingApiTest extends ApiTest {

    private static final String MANAGED = """
            query($link: String!) { managedBooking(link: $link) { id status start timeZone localStart title repName
              meetingType { id durationMinutes } inviteUrl
              slots(timeZone: "Asia/Tokyo", days: 21) { timeZone slots { start localTime reps { id } } errors { code field } } } }""";
    private static final String BOOK = """
            mutation($input: BookMeetingInput!) { bookMeeting(input: $input) { booking { id } link errors { code message } } }""";
    private static final String RESCHEDULE = """
            mutation($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id start } link errors { code field } } }""";
    private static final String CANCEL = """
            mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code field } } }""";

    private record Booked(String id, String link, String repId, String meetingType) {}

    private Booked book(String name, Instant start) {
        Booker booker = new Booker(graphQl);
        String repId = workspace.rep(name);
        String pool = workspace.pool(name + " alone", List.of(repId));
        String meetingType = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, pool, 3);
        JsonNode booked = graphQl.execute(
                        BOOK,
                        Map.of(
                                "input",
                                Map.of(
                                        "leadId",
                                        lead,
                                        "meetingTypeId",
                                        meetingType,
                                        "start",
                                        start.toString(),
                                        "timeZone",
                                        "Asia/Tokyo")))
                .at("/data/bookMeeting");
        assertThat(booked.at("/errors").size()).as(booked.toString()).isZero();
        return new Booked(
                booked.at("/booking/id").asString(), booked.at("/link").asString(), repId, meetingType);
    }

    @Test
    void the_link_alone_reads_the_booking_its_rep_and_the_reps_open_slots_and_an_edited_link_reads_nothing() {
        Booked booked = book("Mia Manage", monday("10:00"));
        GraphQlClient prospect = GraphQlClient.anonymous(port);

        JsonNode seen = prospect.execute(MANAGED, Map.of("link", booked.link())).at("/data/managedBooking");
        assertThat(seen.at("/id").asString()).isEqualTo(booked.id());
        assertThat(seen.at("/status").asString()).isEqualTo("BOOKED");
        assertThat(seen.at("/repName").asString()).isEqualTo("Mia Manage");
        assertThat(seen.at("/timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(seen.at("/meetingType/id").asString()).isEqualTo(booked.meetingType());
        assertThat(seen.at("/inviteUrl").asString())
                .startsWith("/bookings/" + GlobalIds.storedId(booked.id()) + "/invite.ics?token=");
        JsonNode slots = seen.at("/slots");
        assertThat(slots.at("/timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(slots.at("/slots").size()).isPositive();
        slots.at("/slots").forEach(slot -> {
            assertThat(slot.at("/reps/0/id").asString()).isEqualTo(booked.repId());
            assertThat(slot.at("/localTime").asString())
                    .isEqualTo(Instant.parse(slot.at("/start").asString())
                            .atZone(ZoneId.of("Asia/Tokyo"))
                            .toLocalTime()
                            .toString());
            // The booked time itself is held, so it is not offered again.
            assertThat(Instant.parse(slot.at("/start").asString())).isNotEqualTo(monday("10:00"));
        });

        String edited = booked.link().substring(0, booked.link().length() - 2) + "xx";
        assertThat(prospect.execute(MANAGED, Map.of("link", edited))
                        .at("/data/managedBooking")
                        .isNull())
                .isTrue();
        assertThat(prospect.execute(MANAGED, Map.of("link", "not-a-link"))
                        .at("/data/managedBooking")
                        .isNull())
                .isTrue();
    }

    @Test
    void whoever_holds_the_link_moves_and_cancels_that_booking_and_the_new_link_replaces_the_old() {
        Booked booked = book("Noa Move", monday("11:00"));
        GraphQlClient prospect = GraphQlClient.anonymous(port);

        JsonNode moved = prospect.execute(
                        RESCHEDULE,
                        Map.of(
                                "input",
                                Map.of(
                                        "bookingId",
                                        booked.id(),
                                        "link",
                                        booked.link(),
                                        "start",
                                        monday("14:00").toString())))
                .at("/data/rescheduleBooking");
        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        assertThat(Instant.parse(moved.at("/booking/start").asString())).isEqualTo(monday("14:00"));
        String newLink = moved.at("/link").asString();
        assertThat(newLink).isNotEqualTo(booked.link());
        assertThat(prospect.execute(MANAGED, Map.of("link", newLink))
                        .at("/data/managedBooking/start")
                        .asString())
                .isEqualTo(monday("14:00").toString());

        JsonNode cancelled = prospect.execute(
                        CANCEL, Map.of("input", Map.of("bookingId", booked.id(), "link", newLink)))
                .at("/data/cancelBooking");
        assertThat(cancelled.at("/errors").size()).as(cancelled.toString()).isZero();
        assertThat(cancelled.at("/booking/status").asString()).isEqualTo("CANCELLED");
        assertThat(prospect.execute(MANAGED, Map.of("link", newLink))
                        .at("/data/managedBooking/status")
                        .asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void without_the_bookings_own_link_nobody_signed_in_is_unauthenticated_and_a_key_of_other_scopes_forbidden() {
        Booked mine = book("Ola Own", monday("09:00"));
        Booked theirs = book("Pia Other", monday("09:30"));
        GraphQlClient prospect = GraphQlClient.anonymous(port);
        Principals principals = new Principals(port, graphQl);
        GraphQlClient reader = GraphQlClient.withKey(port, principals.apiKey("setup:read"), null);

        JsonNode noLink = prospect.execute(CANCEL, Map.of("input", Map.of("bookingId", mine.id())));
        assertThat(noLink.at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
        JsonNode otherLink =
                prospect.execute(CANCEL, Map.of("input", Map.of("bookingId", mine.id(), "link", theirs.link())));
        assertThat(otherLink.at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
        JsonNode keyWithout = reader.execute(
                RESCHEDULE,
                Map.of(
                        "input",
                        Map.of("bookingId", mine.id(), "start", monday("15:00").toString())));
        assertThat(keyWithout.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");

        assertThat(graphQl.execute(MANAGED, Map.of("link", mine.link()))
                        .at("/data/managedBooking/status")
                        .asString())
                .isEqualTo("BOOKED");
    }

    @Test
    void a_link_holder_reads_the_booking_but_not_the_lead_behind_it() {
        Booked booked = book("Lou Link", monday("11:00"));
        GraphQlClient prospect = GraphQlClient.anonymous(port);

        JsonNode probed =
                prospect.execute("""
                mutation($input: CancelBookingInput!) { cancelBooking(input: $input) {
                  booking { id lead { email phone } } errors { code } } }""", Map.of("input", Map.of("bookingId", booked.id(), "link", booked.link())));

        assertThat(probed.at("/errors/0/extensions/code").asString())
                .as(probed.toString())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(probed.toString()).doesNotContain("@");
    }

    @Test
    void a_link_holder_asks_for_the_booking_once_per_request_so_aliases_cannot_multiply_calendar_reads() {
        Booked booked = book("Ola Once", monday("13:00"));

        JsonNode twice = GraphQlClient.anonymous(port).execute("""
                        query($link: String!) { a: managedBooking(link: $link) { id } b: managedBooking(link: $link) { id } }""", Map.of("link", booked.link()));

        assertThat(twice.at("/errors/0/extensions/code").asString())
                .as(twice.toString())
                .isEqualTo("TOO_MANY_OPERATIONS");
        assertThat(twice.at("/data/a").isMissingNode() || twice.at("/data/a").isNull())
                .isTrue();
    }
}
