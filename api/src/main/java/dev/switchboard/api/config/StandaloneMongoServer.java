package dev.switchboard.api.config;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs only the embedded database, as a process of its own, so that several app instances can share it:
 * {@code java -jar switchboard.jar embedded-mongo [--port=27017] [--file=data/switchboard.mv] [--host=127.0.0.1]
 * [--durable=false]}.
 */
public final class StandaloneMongoServer {

    public static final String COMMAND = "embedded-mongo";

    private StandaloneMongoServer() {}

    public static void run(String[] args) throws InterruptedException {
        String host = "127.0.0.1";
        int port = 27017;
        Path file = Path.of("data", "switchboard.mv");
        boolean durable = true;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            switch (option[0]) {
                case "--host" -> host = option[1];
                case "--port" -> port = Integer.parseInt(option[1]);
                case "--file" -> file = Path.of(option[1]);
                case "--durable" -> durable = Boolean.parseBoolean(option[1]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + option[0] + " (known: --host, --port, --file, --durable)");
            }
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.FILE, file, host, port, "switchboard", durable));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "embedded-mongo-shutdown"));
        System.out.println("Embedded MongoDB-compatible server ready: start app instances with " + "SPRING_MONGODB_URI="
                + server.connectionString("switchboard"));
        stopped.await();
    }
}
