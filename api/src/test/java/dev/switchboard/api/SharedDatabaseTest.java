package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two app instances given a MongoDB URI, as in production, sharing one database server: the
 * rotation lives in the database, so leads split across instances still go round evenly.
 */
class SharedDatabaseTest {

    @Test
    void two_instances_on_one_database_share_one_rotation() throws Exception {
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                        EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
                RunningApp first = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")));
                RunningApp second =
                        RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")))) {

            Workspace setup = new Workspace(first.graphQl());
            String pool =
                    setup.pool("Inbound", List.of(setup.rep("A"), setup.rep("B"), setup.rep("C"), setup.rep("D")));
            List<Workspace> instances = List.of(new Workspace(first.graphQl()), new Workspace(second.graphQl()));

            assertThat(Workspace.submitAtOnce(instances, pool, 100))
                    .containsOnly(Map.entry("A", 25L), Map.entry("B", 25L), Map.entry("C", 25L), Map.entry("D", 25L));
        }
    }
}
