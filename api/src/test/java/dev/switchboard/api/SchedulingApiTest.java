package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Availability, meeting types and slots through the real endpoint. Each scenario takes place on a Monday one to two
 * weeks after the run's start on the app's clock ({@link TestClock}).
 */
class SchedulingApiTest extends ApiTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final String SLOTS = """
            query($input: AvailableSlotsInput!) { availableSlots(input: $input) {
              timeZone slots { start end localStart localDate localTime reps { name } }
              unknownReps { rep { name } reason } whenAvailabilityUnknown errors { code field message } } }""";
    private static final String SET_AVAILABILITY = """
            mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) {
              availability { rep { name } timeZone standard weekly { monday { start end } tuesday { start end } }
                overrides { date windows { start end } } holidays timeOff { start end note } }
              errors { code field message } } }""";
    private static final String CREATE_MEETING_TYPE = """
            mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) {
              meetingType { id name durationMinutes slotIntervalMinutes horizonDays maxPerDay location } errors { code field message } } }""";

    private final LocalDate monday = LocalDate.ofInstant(Booker.monday("12:00"), PARIS);

    private String rep(String name, String zone) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        name,
                                        "email",
                                        name.toLowerCase() + "-" + UUID.randomUUID() + "@sales.example",
                                        "timeZone",
                                        zone)))
                .at("/data/createRep");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/rep/id").asString();
    }

    private String meetingType(Map<String, Object> input) {
        JsonNode payload =
                graphQl.execute(CREATE_MEETING_TYPE, Map.of("input", input)).at("/data/createMeetingType");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/meetingType/id").asString();
    }

    private JsonNode setAvailability(Map<String, Object> input) {
        return graphQl.execute(SET_AVAILABILITY, Map.of("input", input)).at("/data/setAvailability");
    }

    /** Mondays only, the given windows. */
    private void mondays(String repId, List<Map<String, String>> windows) {
        JsonNode payload = setAvailability(Map.of("repId", repId, "weekly", Map.of("monday", windows)));
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
    }

    private static Map<String, String> window(String start, String end) {
        return Map.of("start", start, "end", end);
    }

    private JsonNode slots(Map<String, Object> input) {
        return graphQl.execute(SLOTS, Map.of("input", input)).at("/data/availableSlots");
    }

    private Map<String, Object> slotsInput(String key, String id, String meetingTypeId, String zone) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(key, id);
        input.put("meetingTypeId", meetingTypeId);
        input.put("from", monday.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        input.put(
                "to",
                monday.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        input.put("timeZone", zone);
        return input;
    }

    @Test
    void a_paris_reps_monday_morning_is_offered_to_a_new_york_prospect_in_new_york_time() {
        String anna = rep("Anna", "Europe/Paris");
        mondays(anna, List.of(window("09:00", "12:00")));
        String intro = meetingType(Map.of("name", "Intro", "durationMinutes", 30));

        JsonNode found = slots(slotsInput("repId", anna, intro, "America/New_York"));

        assertThat(found.at("/errors").size()).as(found.toString()).isZero();
        assertThat(found.at("/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(found.at("/slots").size()).isEqualTo(6);
        ZonedDateTime nine = ZonedDateTime.of(monday, LocalTime.of(9, 0), PARIS);
        JsonNode first = found.at("/slots/0");
        assertThat(first.at("/start").asString()).isEqualTo(nine.toInstant().toString());
        assertThat(first.at("/end").asString())
                .isEqualTo(nine.plusMinutes(30).toInstant().toString());
        ZonedDateTime inNewYork = nine.withZoneSameInstant(NEW_YORK);
        assertThat(first.at("/localTime").asString())
                .isEqualTo(inNewYork.toLocalTime().toString());
        assertThat(first.at("/localDate").asString()).isEqualTo(monday.toString());
        assertThat(first.at("/localStart").asString())
                .startsWith(monday + "T" + inNewYork.toLocalTime())
                .endsWith(inNewYork.getOffset().getId());
        assertThat(first.at("/reps/0/name").asString()).isEqualTo("Anna");
        assertThat(found.at("/unknownReps").size()).isZero();
    }

    @Test
    void a_pools_slots_list_the_free_members_in_the_pools_order() {
        String anna = rep("Anna", "Europe/Paris");
        String ben = rep("Ben", "Europe/Paris");
        mondays(anna, List.of(window("09:00", "10:00")));
        mondays(ben, List.of(window("09:00", "11:00")));
        String hour = meetingType(Map.of("name", "Demo", "durationMinutes", 60));
        String pool = workspace.pool("Inbound", List.of(ben, anna));

        JsonNode found = slots(slotsInput("poolId", pool, hour, "Europe/Paris"));

        assertThat(found.at("/errors").size()).as(found.toString()).isZero();
        List<String> rows = new ArrayList<>();
        found.at("/slots").forEach(slot -> {
            List<String> names = new ArrayList<>();
            slot.at("/reps").forEach(r -> names.add(r.at("/name").asString()));
            rows.add(slot.at("/localTime").asString() + " " + String.join(",", names));
        });
        assertThat(rows).containsExactly("09:00 Ben,Anna", "10:00 Ben");
        assertThat(found.at("/whenAvailabilityUnknown").asString()).isEqualTo("EXCLUDE");
    }

    @Test
    void bad_questions_for_slots_are_typed_errors_naming_the_field() {
        String anna = rep("Anna", "Europe/Paris");
        String intro = meetingType(Map.of("name", "Intro", "durationMinutes", 30));

        Map<String, Object> badZone = slotsInput("repId", anna, intro, "Moon/Base");
        Map<String, Object> unknownType = slotsInput("repId", anna, "no-such-type", "UTC");
        Map<String, Object> backwards = slotsInput("repId", anna, intro, "UTC");
        backwards.put(
                "to",
                monday.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        Map<String, Object> tooLong = slotsInput("repId", anna, intro, "UTC");
        tooLong.put(
                "to",
                monday.plusDays(32).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        Map<String, Object> neither = slotsInput("repId", anna, intro, "UTC");
        neither.remove("repId");

        assertThat(error(slots(badZone))).isEqualTo("INVALID_FORMAT timeZone");
        assertThat(error(slots(unknownType))).isEqualTo("NOT_FOUND meetingTypeId");
        assertThat(error(slots(backwards))).isEqualTo("OUT_OF_RANGE to");
        assertThat(error(slots(tooLong))).isEqualTo("RANGE_TOO_LONG to");
        assertThat(error(slots(neither))).isEqualTo("REQUIRED repId");
    }

    @Test
    void slots_are_asked_of_exactly_one_rep_or_pool_and_errors_name_the_field_under_of() {
        String anna = rep("Anna", "Europe/Paris");
        mondays(anna, List.of(window("09:00", "10:00")));
        String hour = meetingType(Map.of("name", "Demo", "durationMinutes", 60));
        String pool = workspace.pool("Inbound", List.of(anna));

        Map<String, Object> ofPool = slotsInput("of", null, hour, "Europe/Paris");
        ofPool.put("of", Map.of("poolId", pool));
        Map<String, Object> ofRep = slotsInput("of", null, hour, "Europe/Paris");
        ofRep.put("of", Map.of("repId", anna));
        Map<String, Object> oldSpelling = slotsInput("poolId", pool, hour, "Europe/Paris");
        assertThat(slots(ofPool).at("/slots").size())
                .as(slots(ofPool).toString())
                .isEqualTo(1);
        assertThat(slots(ofRep).at("/slots").size()).isEqualTo(1);
        assertThat(slots(oldSpelling).at("/slots").size())
                .as("the deprecated spelling still works")
                .isEqualTo(1);

        Map<String, Object> unknownPool = slotsInput("of", null, hour, "UTC");
        unknownPool.put("of", Map.of("poolId", "no-such-pool"));
        assertThat(error(slots(unknownPool))).isEqualTo("NOT_FOUND of.poolId");
        Map<String, Object> both = slotsInput("repId", anna, hour, "UTC");
        both.put("of", Map.of("poolId", pool));
        assertThat(error(slots(both))).isEqualTo("NOT_AN_OPTION repId");

        Map<String, Object> two = slotsInput("of", null, hour, "UTC");
        two.put("of", Map.of("poolId", pool, "repId", anna));
        JsonNode refused = graphQl.execute(SLOTS, Map.of("input", two));
        assertThat(refused.at("/errors/0/message").asString())
                .as("GraphQL itself refuses two owners (@oneOf)")
                .contains("availableSlots.input.of")
                .contains("exactly one of repId or poolId");
    }

    private static String error(JsonNode payload) {
        assertThat(payload.at("/slots").size()).isZero();
        return payload.at("/errors/0/code").asString() + " "
                + payload.at("/errors/0/field").asString();
    }

    @Test
    void an_availability_is_set_read_back_and_added_to_and_bad_windows_are_refused_by_field() {
        String anna = rep("Anna", "Europe/Paris");
        JsonNode standard = graphQl.execute(
                        "query($id: ID!) { availability(repId: $id) { standard weekly { monday { start end } saturday { start } } } }",
                        Map.of("id", anna))
                .at("/data/availability");

        JsonNode set = setAvailability(Map.of(
                "repId",
                anna,
                "weekly",
                Map.of("monday", List.of(window("09:00", "12:00"), window("13:00", "24:00"))),
                "overrides",
                List.of(Map.of("date", "2026-12-24", "windows", List.of(window("09:00", "11:00")))),
                "holidays",
                List.of("2026-12-25"),
                "timeOff",
                List.of(Map.of("start", "2026-08-01T00:00:00Z", "end", "2026-08-15T00:00:00Z", "note", "summer"))));
        JsonNode added = graphQl.execute(
                        """
                mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { availability { timeOff { note } } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        anna,
                                        "start",
                                        "2026-10-01T00:00:00Z",
                                        "end",
                                        "2026-10-02T00:00:00Z",
                                        "note",
                                        "move")))
                .at("/data/addTimeOff");

        assertThat(standard.at("/standard").asBoolean()).isTrue();
        assertThat(standard.at("/weekly/monday/0/start").asString()).isEqualTo("09:00");
        assertThat(standard.at("/weekly/saturday").size()).isZero();
        assertThat(set.at("/errors").size()).as(set.toString()).isZero();
        assertThat(set.at("/availability/standard").asBoolean()).isFalse();
        assertThat(set.at("/availability/timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(set.at("/availability/weekly/monday/1/end").asString()).isEqualTo("24:00");
        assertThat(set.at("/availability/weekly/tuesday").size()).isZero();
        assertThat(set.at("/availability/overrides/0/date").asString()).isEqualTo("2026-12-24");
        assertThat(set.at("/availability/holidays/0").asString()).isEqualTo("2026-12-25");
        assertThat(added.at("/availability/timeOff").size()).isEqualTo(2);

        JsonNode overlapping = setAvailability(Map.of(
                "repId",
                anna,
                "weekly",
                Map.of("monday", List.of(window("09:00", "12:00"), window("11:00", "13:00")))));
        JsonNode backwards =
                setAvailability(Map.of("repId", anna, "weekly", Map.of("friday", List.of(window("17:00", "09:00")))));
        JsonNode badTime = setAvailability(Map.of(
                "repId",
                anna,
                "overrides",
                List.of(Map.of("date", "2026-12-24", "windows", List.of(window("9h", "11:00"))))));
        JsonNode badDate = setAvailability(Map.of("repId", anna, "holidays", List.of("2026-12-25", "Christmas")));
        JsonNode ghost = setAvailability(Map.of("repId", "ghost"));

        assertThat(codeAndField(overlapping)).isEqualTo("OUT_OF_RANGE weekly.monday[1]");
        assertThat(codeAndField(backwards)).isEqualTo("OUT_OF_RANGE weekly.friday[0].end");
        assertThat(codeAndField(badTime)).isEqualTo("INVALID_FORMAT overrides[0].windows[0].start");
        assertThat(codeAndField(badDate)).isEqualTo("INVALID_FORMAT holidays[1]");
        assertThat(codeAndField(ghost)).isEqualTo("NOT_FOUND repId");
        JsonNode unchanged = graphQl.execute(
                        "query($id: ID!) { availability(repId: $id) { weekly { monday { start } } } }",
                        Map.of("id", anna))
                .at("/data/availability");
        assertThat(unchanged.at("/weekly/monday").size())
                .as("nothing is half-saved")
                .isEqualTo(2);
    }

    private static String codeAndField(JsonNode payload) {
        return payload.at("/errors/0/code").asString() + " "
                + payload.at("/errors/0/field").asString();
    }

    @Test
    void meeting_types_are_created_with_defaults_updated_listed_and_refused_by_field() {
        String id = meetingType(Map.of(
                "name",
                "Intro " + UUID.randomUUID(),
                "durationMinutes",
                30,
                "location",
                "https://meet.example/{repId}"));

        JsonNode updated = graphQl.execute(
                        """
                mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) {
                  meetingType { id durationMinutes maxPerDay bufferBeforeMinutes } errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "meetingTypeId",
                                        id,
                                        "meetingType",
                                        Map.of(
                                                "name",
                                                "Demo",
                                                "durationMinutes",
                                                60,
                                                "maxPerDay",
                                                3,
                                                "bufferBeforeMinutes",
                                                10))))
                .at("/data/updateMeetingType");
        JsonNode badUpdate = graphQl.execute(
                        """
                mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "meetingTypeId",
                                        id,
                                        "meetingType",
                                        Map.of("name", "Demo", "durationMinutes", 60, "slotIntervalMinutes", 7))))
                .at("/data/updateMeetingType");
        JsonNode badCreate = graphQl.execute(
                        CREATE_MEETING_TYPE,
                        Map.of("input", Map.of("name", "Long", "durationMinutes", 30, "horizonDays", 1000)))
                .at("/data/createMeetingType");
        JsonNode listed = graphQl.execute("{ meetingTypes(first: 100) { nodes { id name } } meetingType(id: \"" + id
                        + "\") { name slotIntervalMinutes } }")
                .at("/data");

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        assertThat(updated.at("/meetingType/maxPerDay").asInt()).isEqualTo(3);
        assertThat(updated.at("/meetingType/bufferBeforeMinutes").asInt()).isEqualTo(10);
        assertThat(codeAndField(badUpdate)).isEqualTo("OUT_OF_RANGE meetingType.slotIntervalMinutes");
        assertThat(codeAndField(badCreate)).isEqualTo("OUT_OF_RANGE horizonDays");
        assertThat(listed.at("/meetingType/name").asString()).isEqualTo("Demo");
        assertThat(listed.at("/meetingType/slotIntervalMinutes").asInt()).isEqualTo(60);
        List<String> ids = new ArrayList<>();
        listed.at("/meetingTypes/nodes").forEach(t -> ids.add(t.at("/id").asString()));
        assertThat(ids).contains(id);
    }

    @Test
    void a_pool_can_trust_working_hours_when_calendars_are_unknown() {
        String anna = rep("Anna", "Europe/Paris");
        String pool = workspace.pool("Trusting", List.of(anna));

        JsonNode set = graphQl.execute(
                        """
                mutation($input: SetPoolSlotPolicyInput!) { setPoolSlotPolicy(input: $input) { whenAvailabilityUnknown errors { code field } } }""", Map.of("input", Map.of("poolId", pool, "whenAvailabilityUnknown", "TRUST_WORKING_HOURS")))
                .at("/data/setPoolSlotPolicy");
        JsonNode ghost = graphQl.execute(
                        """
                mutation($input: SetPoolSlotPolicyInput!) { setPoolSlotPolicy(input: $input) { errors { code field } } }""", Map.of("input", Map.of("poolId", "ghost", "whenAvailabilityUnknown", "EXCLUDE")))
                .at("/data/setPoolSlotPolicy");
        String intro = meetingType(Map.of("name", "Intro", "durationMinutes", 30));

        assertThat(set.at("/whenAvailabilityUnknown").asString()).isEqualTo("TRUST_WORKING_HOURS");
        assertThat(codeAndField(ghost)).isEqualTo("NOT_FOUND poolId");
        assertThat(slots(slotsInput("poolId", pool, intro, "UTC"))
                        .at("/whenAvailabilityUnknown")
                        .asString())
                .isEqualTo("TRUST_WORKING_HOURS");
    }
}
