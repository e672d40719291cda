package dev.switchboard.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A real Radicale CalDAV server (Debian's {@code radicale}) run by the system Python, as the e2e CalDAV tests run it:
 * on one port, storing into one folder, with no authentication and an empty config file (so a system-wide
 * {@code /etc/radicale/config} is not read). {@link #stop()} and {@link #start()} again keep the port and the data.
 */
final class Radicale implements AutoCloseable {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL = "apt-get install -y radicale";
    private static final Path LOGS = Path.of(System.getProperty("load.logs", "target/load-logs"));

    private final Path folder;
    private final int port;
    private Process process;

    private Radicale(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Radicale on a free port, storing into {@code folder}; fails saying how to install it when it is missing. */
    static Radicale start(Path folder) throws IOException, InterruptedException {
        requireInstalled();
        Radicale radicale = new Radicale(folder, Switchboard.freePort());
        radicale.start();
        return radicale;
    }

    void start() {
        try {
            Files.createDirectories(LOGS);
            Path config = Files.writeString(folder.resolve("radicale.conf"), "# empty: only the flags below count\n");
            process = new ProcessBuilder(
                            PYTHON,
                            "-m",
                            "radicale",
                            "--config",
                            config.toString(),
                            "--server-hosts=127.0.0.1:" + port,
                            "--auth-type=none",
                            "--storage-filesystem-folder=" + folder.resolve("collections"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            LOGS.resolve("radicale.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Radicale", e);
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Radicale exited with " + process.exitValue() + "; see " + LOGS.resolve("radicale.log"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Switchboard.pause(100);
            }
        }
        throw new IllegalStateException("Radicale did not listen on " + port + " within 30 s");
    }

    /** Stops the server: its port refuses connections until {@link #start()}. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The URL of {@code path} on this server, e.g. {@code /alice/work/}. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void requireInstalled() throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder(PYTHON, "-c", "import radicale")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The calendar fault needs Python 3 and Radicale, a real CalDAV server: " + INSTALL, e);
        }
        probe.getInputStream().readAllBytes();
        if (probe.waitFor() != 0) {
            throw new IllegalStateException("The calendar fault needs Radicale, a real CalDAV server, and " + PYTHON
                    + " cannot import it: " + INSTALL);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
