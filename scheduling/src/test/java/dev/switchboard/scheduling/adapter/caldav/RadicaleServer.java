package dev.switchboard.scheduling.adapter.caldav;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Radicale CalDAV server (the Debian package {@code radicale}) started with the system Python on a
 * free port, storing into a fresh folder, with no authentication: it takes any user name and keeps each
 * user to their own collections. Stopped by {@link #close()}.
 */
public final class RadicaleServer implements AutoCloseable {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL = "apt-get install -y radicale";

    private final Process process;
    private final int port;
    private final Path log;

    private RadicaleServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Radicale and waits until it accepts connections.
     *
     * @throws AssertionError when Radicale is not installed (saying how to install it) or does not start
     */
    public static RadicaleServer start(Path folder) throws IOException, InterruptedException {
        requireInstalled();
        int port = freePort();
        Path config = Files.writeString(folder.resolve("radicale.conf"), "# empty: only the flags below count\n");
        Path log = folder.resolve("radicale.log");
        // --config names an empty file so that a system-wide /etc/radicale/config (Debian ships one) is not read.
        Process process = new ProcessBuilder(
                        PYTHON,
                        "-m",
                        "radicale",
                        "--config",
                        config.toString(),
                        "--server-hosts=127.0.0.1:" + port,
                        "--auth-type=none",
                        "--storage-filesystem-folder=" + folder.resolve("collections"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RadicaleServer server = new RadicaleServer(process, port, log);
        server.awaitListening(Duration.ofSeconds(30));
        return server;
    }

    private static void requireInstalled() throws InterruptedException {
        int exit;
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import radicale")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            exit = probe.waitFor();
        } catch (IOException e) {
            throw new AssertionError(
                    "The e2e tests need Python 3 and Radicale, a real CalDAV server: " + INSTALL + " (" + e.getMessage()
                            + ")",
                    e);
        }
        if (exit != 0) {
            throw new AssertionError("The e2e tests need Radicale, a real CalDAV server, and " + PYTHON
                    + " cannot import it: " + INSTALL);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Radicale exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new AssertionError(
                "Radicale did not listen on port " + port + " within " + patience + ":\n" + Files.readString(log));
    }

    /** The URL of {@code path} on this server, e.g. {@code /alice/work/}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public List<String> log() throws IOException {
        return Files.readAllLines(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
