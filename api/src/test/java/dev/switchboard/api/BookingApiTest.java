package dev.switchboard.api;

import static dev.switchboard.api.Booker.errorCodes;
import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Booking, rescheduling and cancelling meetings through the real endpoint, on the embedded MongoDB. */
class BookingApiTest extends ApiTest {

    private Booker booker;

    @BeforeEach
    void booker() {
        booker = new Booker(graphQl);
    }

    @Test
    void a_lead_assigned_to_a_rep_books_that_reps_slot_and_a_retry_with_the_same_key_gets_the_same_booking() {
        String anna = workspace.rep("Anna");
        String lead = booker.lead(workspace, workspace.pool("Anna alone", List.of(anna)), 1);
        String intro = booker.meetingType(30, 0);
        String key = UUID.randomUUID().toString();

        JsonNode first = booker.book(lead, intro, monday("10:00"), key);
        JsonNode retry = booker.book(lead, intro, monday("10:00"), key);

        assertThat(first.at("/errors").size()).as(first.toString()).isZero();
        assertThat(first.at("/booking/rep/name").asString()).isEqualTo("Anna");
        assertThat(first.at("/booking/status").asString()).isEqualTo("BOOKED");
        assertThat(first.at("/booking/start").asString())
                .isEqualTo(monday("10:00").toString());
        assertThat(first.at("/booking/calendar/state").asString())
                .as("Anna has no calendar")
                .isEqualTo("NOT_NEEDED");
        assertThat(first.at("/repeated").asBoolean()).isFalse();
        assertThat(retry.at("/repeated").asBoolean()).isTrue();
        assertThat(retry.at("/booking/id").asString())
                .isEqualTo(first.at("/booking/id").asString());
    }

    @Test
    void a_booked_slot_is_no_longer_offered_and_booking_it_again_is_slot_taken_with_fresh_slots() {
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Ben alone", List.of(ben));
        String intro = booker.meetingType(30, 15);
        booker.booked(booker.lead(workspace, pool, 1), intro, monday("10:00"));

        JsonNode again = booker.book(booker.lead(workspace, pool, 2), intro, monday("10:00"), null);
        JsonNode inTheBuffer = booker.book(booker.lead(workspace, pool, 3), intro, monday("10:30"), null);

        assertThat(errorCodes(again)).containsExactly("SLOT_TAKEN");
        assertThat(again.at("/errors/0/field").asString()).isEqualTo("start");
        List<String> fresh = again.at("/slots")
                .valueStream()
                .map(s -> s.at("/start").asString())
                .toList();
        assertThat(fresh)
                .as("09:30 would run into 10:00 with its buffer")
                .contains(monday("09:00").toString(), monday("11:00").toString())
                .doesNotContain(
                        monday("09:30").toString(),
                        monday("10:00").toString(),
                        monday("10:30").toString());
        assertThat(errorCodes(inTheBuffer))
                .as("10:30 falls in the 15 minutes kept after 10:00-10:30")
                .containsExactly("SLOT_TAKEN");
    }

    @Test
    void a_time_outside_working_hours_is_not_offered_and_a_past_one_is_out_of_range() {
        String cleo = workspace.rep("Cleo");
        String lead = booker.lead(workspace, workspace.pool("Cleo alone", List.of(cleo)), 1);
        String intro = booker.meetingType(30, 0);

        JsonNode night = booker.book(lead, intro, monday("22:00"), null);
        JsonNode past = booker.book(lead, intro, TestClock.app().instant().minus(Duration.ofDays(1)), null);

        assertThat(errorCodes(night)).containsExactly("SLOT_NOT_OFFERED");
        assertThat(night.at("/errors/0/field").asString()).isEqualTo("start");
        assertThat(errorCodes(past)).containsExactly("OUT_OF_RANGE");
        assertThat(past.at("/errors/0/field").asString()).isEqualTo("start");
    }

    @Test
    void a_rescheduled_booking_takes_its_new_slot_frees_the_old_and_a_cancelled_one_frees_its_slot() {
        String dan = workspace.rep("Dan");
        String pool = workspace.pool("Dan alone", List.of(dan));
        String intro = booker.meetingType(30, 0);
        String booking = booker.booked(booker.lead(workspace, pool, 1), intro, monday("10:00"))
                .at("/id")
                .asString();

        JsonNode moved = booker.reschedule(booking, monday("14:00"));
        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        assertThat(moved.at("/booking/sequence").asInt()).isEqualTo(1);
        assertThat(moved.at("/booking/start").asString())
                .isEqualTo(monday("14:00").toString());
        String other = booker.lead(workspace, pool, 2);
        JsonNode oldSlot = booker.book(other, intro, monday("10:00"), null);
        assertThat(oldSlot.at("/errors").size())
                .as("10:00 is free again: " + oldSlot)
                .isZero();
        assertThat(errorCodes(booker.book(other, intro, monday("14:00"), null))).containsExactly("SLOT_TAKEN");

        JsonNode cancelled = booker.cancel(booking);
        assertThat(cancelled.at("/booking/status").asString()).isEqualTo("CANCELLED");
        assertThat(booker.book(other, intro, monday("14:00"), null)
                        .at("/errors")
                        .size())
                .as("14:00 is free again")
                .isZero();
        assertThat(errorCodes(booker.cancel(booking))).containsExactly("ALREADY_CANCELLED");
        assertThat(errorCodes(booker.reschedule(booking, monday("15:00")))).containsExactly("ALREADY_CANCELLED");
        assertThat(errorCodes(booker.cancel("no-such-booking"))).containsExactly("NOT_FOUND");
        assertThat(errorCodes(booker.reschedule(oldSlot.at("/booking/id").asString(), monday("22:00"))))
                .containsExactly("SLOT_NOT_OFFERED");
    }

    @Test
    void a_reschedule_onto_the_bookings_own_time_succeeds_and_changes_nothing() {
        String ida = workspace.rep("Ida");
        String pool = workspace.pool("Ida alone", List.of(ida));
        String intro = booker.meetingType(30, 0);
        JsonNode booked = booker.booked(booker.lead(workspace, pool, 1), intro, monday("10:00"));

        JsonNode same = booker.reschedule(booked.at("/id").asString(), monday("10:00"));
        JsonNode again = booker.reschedule(booked.at("/id").asString(), monday("10:00"));

        assertThat(same.at("/errors").size()).as(same.toString()).isZero();
        assertThat(same.at("/booking/start").asString())
                .isEqualTo(monday("10:00").toString());
        assertThat(same.at("/booking/sequence").asInt())
                .as("no new invite for no change")
                .isZero();
        assertThat(again.at("/errors").size())
                .as("a retry is as good: " + again)
                .isZero();
        assertThat(again.at("/booking/sequence").asInt()).isZero();
    }

    @Test
    void a_cancelled_bookings_sequence_is_the_sequence_of_the_cancel_its_prospect_was_sent() throws Exception {
        String jo = workspace.rep("Jo");
        String pool = workspace.pool("Jo alone", List.of(jo));
        String intro = booker.meetingType(30, 0);
        String id = booker.booked(booker.lead(workspace, pool, 1), intro, monday("10:00"))
                .at("/id")
                .asString();
        booker.reschedule(id, monday("11:00"));

        JsonNode cancelled = booker.cancel(id);

        assertThat(cancelled.at("/booking/sequence").asInt())
                .as("booked 0, moved 1, cancelled 2")
                .isEqualTo(2);
        String url =
                "http://localhost:" + port + cancelled.at("/booking/inviteUrl").asString();
        HttpResponse<String> invite = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(invite.body()).contains("METHOD:CANCEL", "SEQUENCE:2");
    }

    @Test
    void a_location_link_carries_the_reps_name_percent_encoded_and_plain_words_carry_it_as_it_is() {
        String rep = workspace.rep("Booker Rep");
        String pool = workspace.pool("Booker alone", List.of(rep));
        JsonNode type = graphQl.execute(
                        """
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Video call",
                                        "durationMinutes",
                                        30,
                                        "location",
                                        "Call with {repName}: https://meet.example/{repName}?host={repEmail}")))
                .at("/data/createMeetingType");
        String id = booker.booked(
                        booker.lead(workspace, pool, 1),
                        type.at("/meetingType/id").asString(),
                        monday("10:00"))
                .at("/id")
                .asString();

        String location = graphQl.execute("query($id: ID!) { booking(id: $id) { location } }", Map.of("id", id))
                .at("/data/booking/location")
                .asString();

        assertThat(location)
                .startsWith("Call with Booker Rep: https://meet.example/Booker%20Rep?host=booker.rep-")
                .endsWith("%40sales.example");
    }

    @Test
    void a_lead_waiting_in_a_pools_queue_meets_the_member_free_then_in_rotation_order() {
        String eva = workspace.rep("Eva");
        String finn = workspace.rep("Finn");
        String pool = workspace.pool("Queue", List.of(eva, finn));
        String form = workspace.queueForm(pool, "SHARK_TANK");
        String intro = booker.meetingType(30, 0);
        String[] leads = new String[4];
        for (int n = 0; n < leads.length; n++) {
            JsonNode payload = workspace
                    .submit(Workspace.lead(null, n, Map.of("formId", form)))
                    .at("/data/submitLead");
            assertThat(payload.at("/assignment/outcome").asString())
                    .as(payload.toString())
                    .isEqualTo("QUEUED");
            leads[n] = payload.at("/lead/id").asString();
        }

        String first =
                booker.booked(leads[0], intro, monday("10:00")).at("/rep/name").asString();
        String second =
                booker.booked(leads[1], intro, monday("10:00")).at("/rep/name").asString();
        JsonNode third = booker.book(leads[2], intro, monday("10:00"), null);
        String later =
                booker.booked(leads[3], intro, monday("11:00")).at("/rep/name").asString();

        assertThat(List.of(first, second)).containsExactlyInAnyOrder("Eva", "Finn");
        assertThat(errorCodes(third)).as("both are taken at 10:00").containsExactly("SLOT_TAKEN");
        assertThat(later).as("the rotation goes on").isEqualTo(first);
    }

    @Test
    void bookings_are_listed_by_rep_and_under_their_lead_and_the_invite_downloads_only_with_its_token()
            throws Exception {
        String gus = workspace.rep("Gus");
        String pool = workspace.pool("Gus alone", List.of(gus));
        String intro = booker.meetingType(30, 0);
        String lead = booker.lead(workspace, pool, 1);
        JsonNode booking = booker.booked(lead, intro, monday("09:00"));
        booker.booked(booker.lead(workspace, pool, 2), intro, monday("11:00"));

        JsonNode listed = graphQl.execute("""
                query($rep: ID!) { bookings(first: 1, repId: $rep) { totalCount edges { cursor node { start } } pageInfo { hasNextPage endCursor } } }""", Map.of("rep", gus)).at("/data/bookings");
        assertThat(listed.at("/edges/0/node/start").asString())
                .isEqualTo(monday("09:00").toString());
        assertThat(listed.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode next = graphQl.execute(
                        """
                query($rep: ID!, $after: String) { bookings(first: 5, repId: $rep, after: $after) { totalCount edges { node { start } } } }""",
                        Map.of(
                                "rep",
                                gus,
                                "after",
                                listed.at("/pageInfo/endCursor").asString()))
                .at("/data/bookings");
        assertThat(next.at("/edges").size()).isEqualTo(1);
        assertThat(listed.at("/totalCount").asInt())
                .as("the rep's bookings over both pages")
                .isEqualTo(2);
        assertThat(next.at("/totalCount").asInt()).isEqualTo(2);
        assertThat(next.at("/edges/0/node/start").asString())
                .isEqualTo(monday("11:00").toString());
        JsonNode underLead = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { bookings { id } } }", Map.of("id", lead))
                .at("/data/lead/bookings");
        assertThat(underLead.size()).isEqualTo(1);
        assertThat(underLead.at("/0/id").asString()).isEqualTo(booking.at("/id").asString());

        HttpClient http = HttpClient.newHttpClient();
        String url = "http://localhost:" + port + booking.at("/inviteUrl").asString();
        HttpResponse<String> invite =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> guessed = http.send(
                HttpRequest.newBuilder(URI.create(url.replaceAll("token=.*", "token=guess")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(invite.statusCode()).isEqualTo(200);
        assertThat(invite.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/calendar")
                .contains("method=REQUEST");
        assertThat(invite.body())
                .contains(
                        "METHOD:REQUEST",
                        "UID:" + GlobalIds.storedId(booking.at("/id").asString()) + "@switchboard");
        assertThat(guessed.statusCode()).isEqualTo(404);
    }

    @Test
    void a_submitted_lead_is_answered_with_its_reps_open_slots_in_the_prospects_time_zone() {
        String hana = workspace.rep("Hana");
        String pool = workspace.pool("Hana alone", List.of(hana));
        String intro = booker.meetingType(30, 0);

        JsonNode payload = graphQl.execute("""
                mutation($input: SubmitLeadInput!, $type: ID) { submitLead(input: $input) {
                  lead { id } errors { code }
                  openSlots(timeZone: "America/New_York", days: 21, meetingTypeId: $type) {
                    meetingType { id } timeZone slots { start localTime reps { name } } errors { code field } } } }""", Map.of("input", Workspace.lead(pool, 1, Map.of()), "type", intro))
                .at("/data/submitLead");
        JsonNode badDays = graphQl.execute("""
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
                  lead { id } openSlots(days: 90) { slots { start } errors { code field } } } }""", Map.of("input", Workspace.lead(pool, 2, Map.of())))
                .at("/data/submitLead");

        assertThat(payload.at("/errors").size()).isZero();
        JsonNode open = payload.at("/openSlots");
        assertThat(open.at("/meetingType/id").asString()).isEqualTo(intro);
        assertThat(open.at("/timeZone").asString()).isEqualTo("America/New_York");
        JsonNode ten = open.at("/slots")
                .valueStream()
                .filter(s -> s.at("/start").asString().equals(monday("10:00").toString()))
                .findFirst()
                .orElseThrow();
        assertThat(ten.at("/localTime").asString())
                .isEqualTo(monday("10:00")
                        .atZone(java.time.ZoneId.of("America/New_York"))
                        .toLocalTime()
                        .toString());
        assertThat(ten.at("/reps/0/name").asString()).isEqualTo("Hana");
        assertThat(badDays.at("/lead/id").isMissingNode()).as("the lead stands").isFalse();
        assertThat(badDays.at("/openSlots/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(badDays.at("/openSlots/errors/0/field").asString()).isEqualTo("days");
    }
}
