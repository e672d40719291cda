package dev.switchboard.api.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image Jib wrote (api/target/jib-image.tar) runs: its layers are unpacked into a root
 * file system and its entrypoint started as its user, with only the image's files visible (chroot) and
 * a /proc of its own, as a container runtime would. Run by {@code ./mvnw verify -Pe2e}, as root.
 */
class ContainerImageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START = Duration.ofSeconds(150);

    @TempDir
    Path work;

    private Process container;

    @AfterEach
    void stop() throws InterruptedException {
        if (container != null) {
            // The app runs as another user under unshare, so stopping unshare alone would orphan it: stop it first.
            // It is the first process of its own PID namespace, so when it goes, so does everything it started.
            List<ProcessHandle> inside = container.descendants().toList();
            inside.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : inside) {
                process.onExit()
                        .orTimeout(20, TimeUnit.SECONDS)
                        .exceptionally(timedOut -> {
                            process.destroyForcibly();
                            return process;
                        })
                        .join();
            }
            container.destroy();
            container.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_image_starts_as_its_own_user_and_answers_health_and_graphql() throws Exception {
        Path image = Path.of(System.getProperty("switchboard.image", "target/jib-image.tar"));
        assertThat(image)
                .as("the image archive (built by the e2e profile's package phase)")
                .exists();
        requireRootTools();

        Path archive = Files.createDirectory(work.resolve("archive"));
        Path root = Files.createDirectory(work.resolve("root"));
        run("tar", "-xf", image.toString(), "-C", archive.toString());
        JsonNode manifest =
                JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            run("tar", "-xzf", archive.resolve(layer.asString()).toString(), "-C", root.toString());
        }
        JsonNode config = JSON.readTree(
                        archive.resolve(manifest.get("Config").asString()).toFile())
                .get("config");
        Files.createDirectories(root.resolve("proc"));

        int port = freePort();
        List<String> command = new ArrayList<>(List.of("env", "-i"));
        config.get("Env").forEach(variable -> command.add(variable.asString()));
        command.addAll(
                List.of("/usr/sbin/chroot", "--userspec=" + config.get("User").asString(), root.toString()));
        config.get("Entrypoint").forEach(part -> command.add(part.asString()));
        command.add("--server.port=" + port);
        String script = "mount -t proc proc " + root.resolve("proc") + " && exec "
                + String.join(
                        " ", command.stream().map(ContainerImageIT::quoted).toList());
        Path log = work.resolve("container.log");
        container = new ProcessBuilder("unshare", "--mount", "--pid", "--fork", "/bin/sh", "-c", script)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        JsonNode health = awaitHealth(port, log);
        // The demo prints its admin API key once on the console: the way a newcomer gets in.
        Matcher printed = Pattern.compile("Bearer (\\S+?)\"").matcher(Files.readString(log));
        assertThat(printed.find()).as("the demo's admin key on the console").isTrue();
        HttpResponse<String> pools = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + printed.group(1))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"query\":\"{ pools(first: 100) { nodes { name } } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.at("/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(pools.body()).contains("Inbound EMEA");
        assertThat(config.get("User").asString()).isEqualTo("65532:65532");
        assertThat(root.resolve("data/switchboard.mv"))
                .as("the embedded database writes to the /data volume")
                .exists();
    }

    private static void requireRootTools() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        if (!"0".equals(uid)
                || !Files.isExecutable(Path.of("/usr/sbin/chroot"))
                || !Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            fail(
                    "Starting the image needs root and util-linux's unshare and chroot (CI runs as root on Debian, which has them); "
                            + "uid is " + uid);
        }
    }

    private JsonNode awaitHealth(int port, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!container.isAlive()) {
                fail("the container stopped with exit code " + container.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        return fail("the container did not become healthy within " + START + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
