package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Availability-first through the real endpoint: the pool asks its members for a free slot of its meeting type, on
 * the app's clock, before a member may take a lead.
 */
class AvailabilityFirstApiTest extends ApiTest {

    private static final String SET = """
            mutation($input: SetPoolAvailabilityFirstInput!) { setPoolAvailabilityFirst(input: $input) {
              pool { id availabilityFirst { id name } } errors { code field message } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { outcome rep { name } explanation { reason candidates { rep { name } chosen skipped } } }
              errors { code field message } } }""";

    private String meetingType(String name, int horizonDays) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } errors { code field } } }""", Map.of("input", Map.of("name", name, "durationMinutes", 30, "horizonDays", horizonDays)))
                .at("/data/createMeetingType");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/meetingType/id").asString();
    }

    private JsonNode set(String poolId, String meetingTypeId) {
        Map<String, Object> input = new HashMap<>();
        input.put("poolId", poolId);
        input.put("meetingTypeId", meetingTypeId);
        return graphQl.execute(SET, Map.of("input", input)).at("/data/setPoolAvailabilityFirst");
    }

    @Test
    void a_rep_whose_working_hours_in_the_horizon_are_all_taken_is_passed_over_and_the_decision_says_why() {
        // On a Tuesday morning in the reps' zone, so Ben's default working hours fall in the two-day horizon.
        TestClock.app().setBackTo(DayOfWeek.TUESDAY, LocalTime.of(10, 0), ZoneId.of("Europe/Paris"));
        String anna = workspace.rep("Anna");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Demo first", List.of(anna, ben));
        String demo = meetingType("Demo", 2);
        // Anna's time off begins a minute from now and covers the rest of the two-day horizon: she is at work now (time
        // off covering now would pass her over as TIME_OFF), but no 30-minute slot of hers is free.
        Instant now = TestClock.app().instant();
        JsonNode away = graphQl.execute(
                        """
                mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        anna,
                                        "start",
                                        now.plus(Duration.ofMinutes(1)).toString(),
                                        "end",
                                        now.plus(Duration.ofDays(3)).toString(),
                                        "note",
                                        "conference")))
                .at("/data/addTimeOff");
        assertThat(away.at("/errors").size()).as(away.toString()).isZero();
        // Ben works around the clock, so his horizon holds free slots whatever day and hour the test runs.
        List<Map<String, String>> allDay = List.of(Map.of("start", "00:00", "end", "24:00"));
        Map<String, Object> week = new HashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            week.put(day, allDay);
        }
        JsonNode hours = graphQl.execute("""
                mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code field } } }""", Map.of("input", Map.of("repId", ben, "weekly", week)))
                .at("/data/setAvailability");
        assertThat(hours.at("/errors").size()).as(hours.toString()).isZero();

        JsonNode set = set(pool, demo);
        JsonNode lead = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, 1, Map.of())))
                .at("/data/submitLead");

        assertThat(set.at("/errors").size()).as(set.toString()).isZero();
        assertThat(set.at("/pool/availabilityFirst/name").asString()).isEqualTo("Demo");
        assertThat(lead.at("/assignment/rep/name").asString())
                .as(lead.toString())
                .isEqualTo("Ben");
        assertThat(lead.at("/assignment/explanation/candidates/0/rep/name").asString())
                .isEqualTo("Anna");
        assertThat(lead.at("/assignment/explanation/candidates/0/skipped").asString())
                .isEqualTo("NO_FREE_SLOT");
        assertThat(lead.at("/assignment/explanation/candidates/1/chosen").asBoolean())
                .isTrue();
        assertThat(lead.at("/assignment/explanation/reason").asString())
                .contains("availability-first for meeting type " + GlobalIds.storedId(demo))
                .endsWith("after passing over 1 member (1 with no free slot)");
    }

    @Test
    void the_standings_of_an_availability_first_pool_count_each_members_leads_and_say_the_next_is_next_only_if_free() {
        String anna = workspace.rep("Anna");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Free first", List.of(anna, ben));
        String plain = workspace.pool("Plain", List.of(anna, ben));
        set(pool, meetingType("Intro", 5));
        // Default working hours, no calendars: a five-day horizon always holds a free slot for both.
        String first = workspace.submitAndGetRep(pool, 1);

        JsonNode standings = graphQl.execute("""
                query($id: ID!) { pool(id: $id) { availabilityFirst { name } standings {
                  members { rep { name } count share target } nextRep { name } why } } }""", Map.of("id", pool)).at("/data/pool");
        JsonNode plainWhy = graphQl.execute(
                        "query($id: ID!) { pool(id: $id) { standings { why } } }", Map.of("id", plain))
                .at("/data/pool/standings/why");

        assertThat(standings.at("/availabilityFirst/name").asString()).isEqualTo("Intro");
        assertThat(standings.at("/standings/members").size()).isEqualTo(2);
        assertThat(first).isEqualTo("Anna");
        assertThat(standings.at("/standings/members/0/rep/name").asString()).isEqualTo("Anna");
        assertThat(standings.at("/standings/members/0/count").asInt()).isEqualTo(1);
        assertThat(standings.at("/standings/members/1/count").asInt()).isZero();
        assertThat(standings.at("/standings/nextRep/name").asString()).isEqualTo("Ben");
        assertThat(standings.at("/standings/why").asString())
                .startsWith("Next by turn 1 of the rotation.")
                .contains("only with a free slot of the pool's meeting type")
                .contains("do not read calendars");
        assertThat(plainWhy.asString()).doesNotContain("availability-first");
    }

    @Test
    void the_setting_reads_back_survives_an_update_turns_off_with_null_and_refuses_unknown_ids_by_field() {
        String anna = workspace.rep("Anna");
        String pool = workspace.pool("Demo first", List.of(anna));
        String demo = meetingType("Demo", 14);
        set(pool, demo);

        JsonNode updated = graphQl.execute(
                        """
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code field } } }""",
                        Map.of(
                                "input",
                                Map.of("poolId", pool, "name", "Renamed", "members", List.of(Map.of("repId", anna)))))
                .at("/data/updatePool");
        JsonNode kept = graphQl.execute(
                        "query($id: ID!) { pool(id: $id) { name availabilityFirst { id } } }", Map.of("id", pool))
                .at("/data/pool");
        JsonNode ghostPool = set("ghost", demo);
        JsonNode ghostType = set(pool, "ghost");
        JsonNode off = set(pool, null);

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        assertThat(kept.at("/name").asString()).isEqualTo("Renamed");
        assertThat(kept.at("/availabilityFirst/id").asString()).isEqualTo(demo);
        assertThat(ghostPool.at("/errors/0/code").asString() + " "
                        + ghostPool.at("/errors/0/field").asString())
                .isEqualTo("NOT_FOUND poolId");
        assertThat(ghostType.at("/errors/0/code").asString() + " "
                        + ghostType.at("/errors/0/field").asString())
                .isEqualTo("NOT_FOUND meetingTypeId");
        assertThat(off.at("/errors").size()).as(off.toString()).isZero();
        assertThat(off.at("/pool/availabilityFirst").isNull()).isTrue();
        assertThat(graphQl.execute("query($id: ID!) { pool(id: $id) { availabilityFirst { id } } }", Map.of("id", pool))
                        .at("/data/pool/availabilityFirst")
                        .isNull())
                .as("turned off")
                .isTrue();
    }
}
