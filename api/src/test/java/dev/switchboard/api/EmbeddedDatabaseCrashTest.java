package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.api.config.StandaloneMongoServer;
import dev.switchboard.persistence.secrets.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The embedded database run as a process of its own, as README's several-instances setup runs it: a lead the
 * app has acknowledged is on disk, so killing the database process outright (kill -9) loses none of them.
 */
class EmbeddedDatabaseCrashTest {

    @TempDir
    Path data;

    @Test
    void leads_acknowledged_just_before_the_database_process_is_killed_are_there_after_it_restarts() throws Exception {
        int port = freePort();
        Path file = data.resolve("switchboard.mv");
        Process database = startDatabase(port, file);
        try (RunningApp app = RunningApp.start(Map.of(
                "spring.mongodb.uri",
                "mongodb://127.0.0.1:" + port + "/switchboard",
                "switchboard.secrets.key",
                Secrets.newKey(),
                "switchboard.sla.enabled",
                false))) {
            Workspace workspace = new Workspace(app.graphQl());
            String pool = workspace.pool("Durable", List.of(workspace.rep("Dora")));
            List<String> acknowledged = new ArrayList<>();
            for (int n = 0; n < 30; n++) {
                acknowledged.add(workspace
                        .submit(Workspace.lead(pool, n, Map.of()))
                        .at("/data/submitLead/lead/id")
                        .asString());
            }

            // At once after the last answer: H2 on its own would not have written the last second's leads yet.
            database.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            database = startDatabase(port, file);

            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .untilAsserted(() -> assertThat(app.graphQl()
                                    .execute("{ __typename }")
                                    .at("/data/__typename")
                                    .asString())
                            .isEqualTo("Query"));
            for (String id : acknowledged) {
                JsonNode lead = app.graphQl().execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", id));
                assertThat(lead.at("/data/lead/id").asString())
                        .as("lead %s, %s", id, lead)
                        .isEqualTo(id);
            }
        } finally {
            database.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java ... embedded-mongo --port --file}, as the README runs it, with the tests' class path. */
    private static Process startDatabase(int port, Path file) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SwitchboardApplication.class.getName(),
                        StandaloneMongoServer.COMMAND,
                        "--port=" + port,
                        "--file=" + file)
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        // Reads all the process says, so it never blocks on a full pipe, and notes when it is ready.
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line = output.readLine(); line != null; line = output.readLine()) {
                            if (line.contains("server ready")) {
                                ready.complete(true);
                            }
                        }
                    } catch (IOException e) {
                        // The process ended.
                    }
                    ready.complete(false);
                },
                "embedded-mongo-output");
        reader.setDaemon(true);
        reader.start();
        assertThat(ready.get(120, TimeUnit.SECONDS))
                .as("the embedded database process started")
                .isTrue();
        return process;
    }
}
