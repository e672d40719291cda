package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An update changes what it sends and nothing else; a field sent as null is cleared or returns to its default. */
class PartialUpdatesApiTest extends ApiTest {

    private static final String ACCOUNT = """
            account { name domains industry employees annualRevenue country owner { name } } errors { code field message }""";
    private static final String MEETING_TYPE = """
            meetingType { name durationMinutes slotIntervalMinutes bufferBeforeMinutes horizonDays maxPerDay location }
            errors { code field message }""";
    private static final String QUALIFICATION = """
            qualification { rejectFreeMail competitorDomains titleKeywords hotAt warmAt } errors { code field message }""";

    private static Map<String, Object> nulls(String... fields) {
        Map<String, Object> input = new HashMap<>();
        for (String field : fields) {
            input.put(field, null);
        }
        return input;
    }

    private JsonNode updateAccount(Map<String, Object> input) {
        return graphQl.execute(
                        "mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { " + ACCOUNT + " } }",
                        Map.of("input", input))
                .at("/data/updateAccount");
    }

    @Test
    void an_account_update_naming_only_the_owner_keeps_the_name_domains_and_firmographics() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String domain = UUID.randomUUID() + ".example";
        String id = graphQl.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Acme",
                                        "domains",
                                        List.of(domain),
                                        "ownerId",
                                        ana,
                                        "industry",
                                        "Software",
                                        "employees",
                                        120,
                                        "country",
                                        "FR")))
                .at("/data/createAccount/account/id")
                .asString();

        JsonNode moved = updateAccount(Map.of("accountId", id, "ownerId", ben));
        Map<String, Object> forget = nulls("industry", "employees");
        forget.put("accountId", id);
        JsonNode forgotten = updateAccount(forget);

        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        assertThat(moved.at("/account/owner/name").asString()).isEqualTo("Ben");
        assertThat(moved.at("/account/name").asString()).isEqualTo("Acme");
        assertThat(moved.at("/account/domains/0").asString()).isEqualTo(domain);
        assertThat(moved.at("/account/industry").asString()).isEqualTo("Software");
        assertThat(moved.at("/account/employees").asInt()).isEqualTo(120);
        assertThat(forgotten.at("/account/industry").isNull()).isTrue();
        assertThat(forgotten.at("/account/employees").isNull()).isTrue();
        assertThat(forgotten.at("/account/country").asString()).isEqualTo("FR");
    }

    @Test
    void an_account_refuses_a_name_set_to_null_and_an_unknown_owner_and_changes_nothing() {
        String ana = workspace.rep("Ana");
        String id = graphQl.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Initech",
                                        "domains",
                                        List.of(UUID.randomUUID() + ".example"),
                                        "ownerId",
                                        ana)))
                .at("/data/createAccount/account/id")
                .asString();
        Map<String, Object> noName = nulls("name");
        noName.put("accountId", id);

        JsonNode unnamed = updateAccount(noName);
        JsonNode ghost = updateAccount(Map.of("accountId", id, "ownerId", "ghost"));

        assertThat(unnamed.at("/errors/0/code").asString() + " "
                        + unnamed.at("/errors/0/field").asString())
                .isEqualTo("REQUIRED name");
        assertThat(ghost.at("/errors/0/code").asString() + " "
                        + ghost.at("/errors/0/field").asString())
                .isEqualTo("NOT_FOUND ownerId");
    }

    @Test
    void a_meeting_type_update_naming_only_the_duration_keeps_the_other_settings_and_null_returns_one_to_its_default() {
        String id = graphQl.execute(
                        "mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Intro",
                                        "durationMinutes",
                                        30,
                                        "slotIntervalMinutes",
                                        15,
                                        "bufferBeforeMinutes",
                                        10,
                                        "horizonDays",
                                        30,
                                        "maxPerDay",
                                        4,
                                        "location",
                                        "https://meet.example/{repId}")))
                .at("/data/createMeetingType/meetingType/id")
                .asString();
        String update = "mutation($input: UpdateMeetingTypeInput!) { updateMeetingType(input: $input) { " + MEETING_TYPE
                + " } }";

        JsonNode longer = graphQl.execute(update, Map.of("input", Map.of("meetingTypeId", id, "durationMinutes", 45)))
                .at("/data/updateMeetingType");
        Map<String, Object> uncapped = nulls("maxPerDay", "horizonDays");
        uncapped.put("meetingTypeId", id);
        JsonNode defaults = graphQl.execute(update, Map.of("input", uncapped)).at("/data/updateMeetingType");

        assertThat(longer.at("/errors").size()).as(longer.toString()).isZero();
        assertThat(longer.at("/meetingType/durationMinutes").asInt()).isEqualTo(45);
        assertThat(longer.at("/meetingType/name").asString()).isEqualTo("Intro");
        assertThat(longer.at("/meetingType/slotIntervalMinutes").asInt()).isEqualTo(15);
        assertThat(longer.at("/meetingType/bufferBeforeMinutes").asInt()).isEqualTo(10);
        assertThat(longer.at("/meetingType/maxPerDay").asInt()).isEqualTo(4);
        assertThat(longer.at("/meetingType/location").asString()).isEqualTo("https://meet.example/{repId}");
        assertThat(defaults.at("/meetingType/maxPerDay").isNull()).isTrue();
        assertThat(defaults.at("/meetingType/horizonDays").asInt()).isEqualTo(60);
        assertThat(defaults.at("/meetingType/durationMinutes").asInt()).isEqualTo(45);
    }

    @Test
    void a_qualification_update_naming_only_the_competitors_keeps_the_tiers_and_keywords() {
        String update = "mutation($input: UpdateQualificationInput!) { updateQualification(input: $input) { "
                + QUALIFICATION + " } }";
        try {
            graphQl.execute(
                    update,
                    Map.of(
                            "input",
                            Map.of(
                                    "rejectFreeMail",
                                    true,
                                    "titleKeywords",
                                    List.of("student"),
                                    "hotAt",
                                    50,
                                    "warmAt",
                                    20)));

            JsonNode competitors = graphQl.execute(
                            update, Map.of("input", Map.of("competitorDomains", List.of("rival.example"))))
                    .at("/data/updateQualification");

            assertThat(competitors.at("/errors").size())
                    .as(competitors.toString())
                    .isZero();
            assertThat(competitors.at("/qualification/competitorDomains/0").asString())
                    .isEqualTo("rival.example");
            assertThat(competitors.at("/qualification/rejectFreeMail").asBoolean())
                    .isTrue();
            assertThat(competitors.at("/qualification/titleKeywords/0").asString())
                    .isEqualTo("student");
            assertThat(competitors.at("/qualification/hotAt").asInt()).isEqualTo(50);
        } finally {
            JsonNode reset = graphQl.execute(
                            update,
                            Map.of(
                                    "input",
                                    nulls("rejectFreeMail", "competitorDomains", "titleKeywords", "hotAt", "warmAt")))
                    .at("/data/updateQualification");
            assertThat(reset.at("/qualification/hotAt").isNull())
                    .as(reset.toString())
                    .isTrue();
            assertThat(reset.at("/qualification/titleKeywords").size()).isZero();
        }
    }
}
