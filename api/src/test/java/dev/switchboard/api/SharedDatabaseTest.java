package dev.switchboard.api;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;

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
 * Two app instances given a MongoDB URI, as in production, sharing one database server: the
 * rotation lives in the database, so leads split across instances still go round evenly.
 */
class SharedDatabaseTest {

    @Test
    void two_instances_on_one_database_share_one_rotation() throws Exception {
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
             RunningApp first = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")));
             RunningApp second = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")))) {

            Workspace setup = new Workspace(first.graphQl());
            String pool = setup.pool("Inbound", List.of(setup.rep("A"), setup.rep("B"), setup.rep("C"), setup.rep("D")));
            List<Workspace> instances = List.of(new Workspace(first.graphQl()), new Workspace(second.graphQl()));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(50);
            List<Future<String>> results = new ArrayList<>();
            try {
                for (int n = 0; n < 100; n++) {
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
                        .containsOnly(Map.entry("A", 25L), Map.entry("B", 25L), Map.entry("C", 25L), Map.entry("D", 25L));
            } finally {
                clients.shutdown();
            }
        }
    }
}
