package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.routing.ownership.ReassignOverdueLeads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two app instances on one database run the SLA job at once, many times over, on the same overdue leads:
 * each lead moves exactly once, and the pool's rotation loses no turn to the runs that lost the race.
 */
class SlaAcrossInstancesTest {

    private static ReassignOverdueLeads job(RunningApp app, Clock clock) {
        return new ReassignOverdueLeads(
                app.bean(Assignments.class),
                app.bean(Pools.class),
                app.bean(Reps.class),
                app.bean(Rotations.class),
                app.bean(Tallies.class),
                app.bean(Events.class),
                clock);
    }

    @Test
    void runs_on_two_instances_at_once_move_each_overdue_lead_exactly_once() throws Exception {
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                        EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
                RunningApp first = RunningApp.start(Map.of(
                        "spring.mongodb.uri", database.connectionString("sla"), "switchboard.sla.enabled", false));
                RunningApp second = RunningApp.start(Map.of(
                        "spring.mongodb.uri", database.connectionString("sla"), "switchboard.sla.enabled", false))) {

            Workspace setup = new Workspace(first.graphQl());
            String pool = setup.pool("Inbound", List.of(setup.rep("A"), setup.rep("B"), setup.rep("C")));
            JsonNode sla = first.graphQl()
                    .execute("""
                    mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) { errors { code field } } }""", Map.of("input", Map.of("poolId", pool, "acceptWithinMinutes", 10, "maxMoves", 3)))
                    .at("/data/setPoolSla");
            assertThat(sla.at("/errors").size()).isZero();
            List<String> leads = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                leads.add(setup.submit(Workspace.lead(pool, n, Map.of()))
                        .at("/data/submitLead/lead/id")
                        .asString());
            }

            Clock later = Clock.offset(TestClock.app(), Duration.ofMinutes(11));
            List<ReassignOverdueLeads> jobs = List.of(job(first, later), job(second, later));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService runners = Executors.newFixedThreadPool(8);
            List<Future<Integer>> runs = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    ReassignOverdueLeads job = jobs.get(i % 2);
                    runs.add(runners.submit(() -> {
                        start.await();
                        return job.run().size();
                    }));
                }
                start.countDown();
                int moved = 0;
                for (Future<Integer> run : runs) {
                    moved += run.get();
                }
                assertThat(moved).isEqualTo(20);
            } finally {
                runners.shutdown();
            }

            for (String lead : leads) {
                JsonNode assignment =
                        second.graphQl().execute("""
                        query($id: ID!) { lead(id: $id) { assignment { rep { name } current { owner { name } moves } history { kind by } } } }""", Map.of("id", lead)).at("/data/lead/assignment");
                assertThat(assignment.at("/history").size())
                        .as(assignment.toString())
                        .isEqualTo(1);
                assertThat(assignment.at("/history/0/kind").asString()).isEqualTo("MOVED_BY_SLA");
                assertThat(assignment.at("/history/0/by").asString()).isEqualTo("sla");
                assertThat(assignment.at("/current/moves").asInt()).isEqualTo(1);
                assertThat(assignment.at("/current/owner/name").asString())
                        .isNotEqualTo(assignment.at("/rep/name").asString());
            }
            assertThat(first.bean(Rotations.class).turnsTaken(new PoolId(GlobalIds.storedId(pool))))
                    .isEqualTo(40);
        }
    }
}
