package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Equal distribution as production runs it: two app instances given one MongoDB URI, leads split
 * between them and sent all at once; each decision is a compare-and-set on the pool's standing.
 */
class EqualDistributionApiTest {

    private static final String EXPLAINED = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { rep { name } explanation { reason candidates { rep { name } chosen skipped window inWindow credit dailyCap weeklyCap } } }
              errors { code field message } } }""";

    @Test
    void two_hundred_concurrent_leads_over_two_instances_give_four_members_fifty_each() throws Exception {
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                        EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
                RunningApp first = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")));
                RunningApp second =
                        RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")))) {

            // At noon in the pool's zone, so the two hundred leads fall in one month's window.
            TestClock.app().setBackTo(DayOfWeek.WEDNESDAY, LocalTime.NOON, ZoneId.of("Europe/Paris"));
            Workspace setup = new Workspace(first.graphQl());
            List<Map<String, Object>> members = new ArrayList<>();
            for (String name : List.of("A", "B", "C", "D")) {
                members.add(Map.of("repId", setup.rep(name)));
            }
            JsonNode created = first.graphQl()
                    .execute(
                            """
                    mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }""",
                            Map.of(
                                    "input",
                                    Map.of(
                                            "name",
                                            "Even",
                                            "strategy",
                                            "EQUAL_DISTRIBUTION",
                                            "timeZone",
                                            "Europe/Paris",
                                            "equalDistribution",
                                            Map.of("window", "MONTH", "rejoin", "CATCH_UP"),
                                            "members",
                                            members)))
                    .at("/data/createPool");
            assertThat(created.at("/errors").size()).as(created.toString()).isZero();
            String pool = created.at("/pool/id").asString();
            List<Workspace> instances = List.of(new Workspace(first.graphQl()), new Workspace(second.graphQl()));

            assertThat(Workspace.submitAtOnce(instances, pool, 200))
                    .containsOnly(Map.entry("A", 50L), Map.entry("B", 50L), Map.entry("C", 50L), Map.entry("D", 50L));

            JsonNode next = second.graphQl()
                    .execute(EXPLAINED, Map.of("input", Workspace.lead(pool, 200, Map.of())))
                    .at("/data/submitLead/assignment/explanation");
            assertThat(next.at("/reason").asString())
                    .contains("by equal distribution over 20")
                    .contains("(catch up)");
            JsonNode chosen = next.at("/candidates/0");
            assertThat(chosen.at("/chosen").asBoolean()).isTrue();
            assertThat(chosen.at("/inWindow").asInt()).isEqualTo(50);
            assertThat(chosen.at("/credit").asInt()).isZero();
            assertThat(chosen.at("/window").asString()).matches("\\d{4}-\\d{2}");
        }
    }
}
