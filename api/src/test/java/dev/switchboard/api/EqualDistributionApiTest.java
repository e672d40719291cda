package dev.switchboard.api;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

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
             RunningApp second = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")))) {

            Workspace setup = new Workspace(first.graphQl());
            List<Map<String, Object>> members = new ArrayList<>();
            for (String name : List.of("A", "B", "C", "D")) {
                members.add(Map.of("repId", setup.rep(name)));
            }
            JsonNode created = first.graphQl().execute("""
                    mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }""",
                    Map.of("input", Map.of("name", "Even", "strategy", "EQUAL_DISTRIBUTION", "timeZone", "Europe/Paris",
                            "equalDistribution", Map.of("window", "MONTH", "rejoin", "CATCH_UP"), "members", members)))
                    .at("/data/createPool");
            assertThat(created.at("/errors").size()).as(created.toString()).isZero();
            String pool = created.at("/pool/id").asString();
            List<Workspace> instances = List.of(new Workspace(first.graphQl()), new Workspace(second.graphQl()));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(50);
            List<Future<String>> results = new ArrayList<>();
            try {
                for (int n = 0; n < 200; n++) {
                    int lead = n;
                    Callable<String> submit = () -> {
                        start.await();
                        return instances.get(lead % 2).submitAndGetRep(pool, lead);
                    };
                    results.add(clients.submit(submit));
                }
                start.countDown();
                List<String> assigned = new ArrayList<>();
                for (Future<String> result : results) {
                    assigned.add(result.get());
                }
                assertThat(assigned.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                        .containsOnly(Map.entry("A", 50L), Map.entry("B", 50L), Map.entry("C", 50L), Map.entry("D", 50L));
            } finally {
                clients.shutdown();
            }

            JsonNode next = second.graphQl().execute(EXPLAINED, Map.of("input", Workspace.lead(pool, 200, Map.of())))
                    .at("/data/submitLead/assignment/explanation");
            assertThat(next.at("/reason").asString()).contains("by equal distribution over 20").contains("(catch up)");
            JsonNode chosen = next.at("/candidates/0");
            assertThat(chosen.at("/chosen").asBoolean()).isTrue();
            assertThat(chosen.at("/inWindow").asInt()).isEqualTo(50);
            assertThat(chosen.at("/credit").asInt()).isZero();
            assertThat(chosen.at("/window").asString()).matches("\\d{4}-\\d{2}");
        }
    }
}
