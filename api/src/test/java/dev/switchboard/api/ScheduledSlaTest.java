package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The app's scheduled trigger moves a lead whose accept deadline passed, with no call from outside. */
class ScheduledSlaTest {

    @Test
    void the_scheduled_job_moves_a_lead_not_accepted_in_time() throws InterruptedException {
        try (RunningApp app = RunningApp.start(
                Map.of("switchboard.embedded-mongo.storage", "memory", "switchboard.sla.interval", "PT0.2S"))) {
            // Six minutes ago, on the app's clock, the lead came in and went to A, who had five minutes to accept it.
            TestClock.app().setBack(Duration.ofMinutes(6));
            Workspace workspace = new Workspace(app.graphQl());
            String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B")));
            app.graphQl()
                    .execute(
                            "mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) { errors { code } } }",
                            Map.of("input", Map.of("poolId", pool, "acceptWithinMinutes", 5)));
            String lead = workspace
                    .submit(Workspace.lead(pool, 1, Map.of()))
                    .at("/data/submitLead/lead/id")
                    .asString();

            TestClock.app().resume();
            JsonNode history = null;
            // Waits for the trigger to fire (it runs every 0.2 s); the bound only stops a broken build from hanging.
            for (int attempt = 0; attempt < 100; attempt++) {
                history = app.graphQl()
                        .execute(
                                "query($id: ID!) { lead(id: $id) { assignment { history { kind to { name } } } } }",
                                Map.of("id", lead))
                        .at("/data/lead/assignment/history");
                if (!history.isEmpty()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(history.at("/0/kind").asString()).isEqualTo("MOVED_BY_SLA");
            assertThat(history.at("/0/to/name").asString()).isEqualTo("B");
        }
    }
}
