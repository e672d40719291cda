package dev.switchboard.load;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;

/**
 * The packaged app ({@code api/target/switchboard.jar}) as its own process, the way an operator runs it: started on
 * a free port in the benchmark profile, on the embedded database or a MongoDB URI, and killed with SIGKILL when a
 * fault asks for it. Its output goes to {@code target/load-logs/}.
 */
final class Switchboard implements AutoCloseable {

    static final String ADMIN_EMAIL = "load-admin@switchboard.test";
    static final String ADMIN_PASSWORD = "a load harness admin password";

    private static final Path JAR = Path.of(System.getProperty("load.jar", "../api/target/switchboard.jar"));
    private static final Path LOGS = Path.of(System.getProperty("load.logs", "target/load-logs"));
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private Switchboard(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** The app on {@code mongodbUri}, or on an embedded database in its own memory when that is null. */
    static Switchboard app(String name, String mongodbUri, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                javaBin(),
                "-XX:+ExitOnOutOfMemoryError",
                "-Xmx" + System.getProperty("load.app-heap", "512m"),
                "-jar",
                jar(),
                "--server.port=" + port,
                "--spring.profiles.active=benchmark",
                "--switchboard.demo.enabled=false",
                "--switchboard.admin.email=" + ADMIN_EMAIL,
                "--switchboard.admin.password=" + ADMIN_PASSWORD,
                // The harness sends every request from one address: the widget limits would be all it measured.
                "--switchboard.security.widget-per-address=100000000",
                "--switchboard.security.widget-per-key=100000000",
                "--switchboard.security.anonymous-per-address=100000000",
                "--switchboard.security.sign-in-per-address=100000000"));
        if (mongodbUri != null) {
            command.add("--spring.mongodb.uri=" + mongodbUri);
        } else {
            command.add("--switchboard.embedded-mongo.storage=memory");
        }
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Switchboard app = new Switchboard(command, LOGS.resolve(name + ".log"), port);
        app.start();
        app.awaitHealthy(Duration.ofSeconds(180));
        return app;
    }

    /** The embedded database as its own process ({@code embedded-mongo}), keeping its data in {@code file}. */
    static Switchboard database(String name, Path file, int port) {
        Switchboard database = new Switchboard(
                List.of(
                        javaBin(),
                        "-jar",
                        jar(),
                        "embedded-mongo",
                        "--port=" + port,
                        "--file=" + file.toAbsolutePath()),
                LOGS.resolve(name + ".log"),
                port);
        database.start();
        database.awaitListening(Duration.ofSeconds(60));
        return database;
    }

    String url() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Starts the same command again, e.g. after {@link #kill()}: same port, same database. */
    void start() {
        try {
            Files.createDirectories(LOGS);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /**
     * The process's memory now: its heap in use after a full collection (asked of the JVM through {@code jcmd}) and
     * its resident size, for a run to compare before and after.
     */
    String memory() {
        long pid = process.pid();
        String heap = "heap unknown";
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            run(List.of(jcmd.toString(), Long.toString(pid), "GC.run"));
            String info = run(List.of(jcmd.toString(), Long.toString(pid), "GC.heap_info"));
            java.util.regex.Matcher used =
                    java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            if (used.find()) {
                heap = "heap " + Long.parseLong(used.group(1)) / 1024 + " MB used after a full GC";
            }
        } catch (IOException | RuntimeException e) {
            heap = "heap unknown (" + e.getMessage() + ")";
        }
        String rss = "RSS unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = "RSS " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the heap figure stands alone.
        }
        return heap + ", " + rss;
    }

    private static String run(List<String> command) throws IOException {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(tool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            tool.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or the kernel's OOM killer would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void awaitHealthy(Duration within) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            if (healthy()) {
                return;
            }
            pause(300);
        }
        throw new IllegalStateException("the app was not healthy within " + within + "; see " + log);
    }

    boolean healthy() {
        try {
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitListening(Duration within) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                pause(200);
            }
        }
        throw new IllegalStateException("the database did not listen within " + within + "; see " + log);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(
                    JAR.toAbsolutePath() + " is missing: package the app first (./mvnw -DskipTests package)");
        }
        return JAR.toAbsolutePath().toString();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
