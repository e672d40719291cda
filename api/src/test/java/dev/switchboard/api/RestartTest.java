package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.port.Leads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The embedded database keeps its data in a file: stop the app, start it again, nothing is gone. */
class RestartTest {

    @TempDir
    Path dataDir;

    private RunningApp start() {
        return RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage",
                "file",
                "switchboard.embedded-mongo.file",
                dataDir.resolve("switchboard.mv").toString(),
                "switchboard.demo.enabled",
                true));
    }

    @Test
    void leads_and_the_rotation_position_survive_a_restart_and_the_demo_is_seeded_once() {
        List<String> assigned = new ArrayList<>();
        String pool;
        List<String> leadIds = new ArrayList<>();
        try (RunningApp app = start()) {
            JsonNode pools = app.graphQl()
                    .execute("{ pools(first: 100) { nodes { id name members { rep { name } } } } }")
                    .at("/data/pools/nodes");
            assertThat(pools.size()).isEqualTo(1);
            assertThat(pools.at("/0/members").size()).isEqualTo(3);
            pool = pools.at("/0/id").asString();
            Workspace workspace = new Workspace(app.graphQl());
            for (int n = 0; n < 2; n++) {
                JsonNode payload =
                        workspace.submit(Workspace.lead(pool, n, Map.of())).at("/data/submitLead");
                leadIds.add(payload.at("/lead/id").asString());
                assigned.add(payload.at("/assignment/rep/name").asString());
            }
        }

        try (RunningApp app = start()) {
            assertThat(app.graphQl()
                            .execute("{ pools(first: 100) { nodes { id } } }")
                            .at("/data/pools/nodes")
                            .size())
                    .as("the demo is not seeded twice")
                    .isEqualTo(1);
            assertThat(app.bean(Leads.class).count()).isEqualTo(2);
            for (String id : leadIds) {
                assertThat(app.graphQl()
                                .execute(
                                        "query($id: ID!) { lead(id: $id) { assignment { rep { name } } } }",
                                        Map.of("id", id))
                                .at("/data/lead/assignment/rep/name")
                                .asString())
                        .isNotEmpty();
            }
            assigned.add(new Workspace(app.graphQl()).submitAndGetRep(pool, 3));
        }

        assertThat(assigned).containsExactly("Ana Ruiz", "Ben Okafor", "Chloé Martin");
    }
}
