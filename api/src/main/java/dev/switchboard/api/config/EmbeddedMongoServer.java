package dev.switchboard.api.config;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server), its data in an H2 file or in memory.
 * The app talks to it through the ordinary MongoDB driver, exactly as it would to a real MongoDB.
 * In a file, a write is on disk before it is acknowledged ({@link DurableH2Backend}) unless told otherwise.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    public static EmbeddedMongoServer start(EmbeddedMongoProperties properties) {
        MongoBackend backend = switch (properties.storage()) {
            case FILE ->
                properties.durable()
                        ? DurableH2Backend.open(prepare(properties.file()).toString())
                        : new H2Backend(prepare(properties.file()).toString());
            case MEMORY -> H2Backend.inMemory();
        };
        MongoServer server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        InetSocketAddress address = server.getLocalAddress();
        log.info(
                "Embedded MongoDB-compatible server on {}:{} ({})",
                address.getHostString(),
                address.getPort(),
                properties.storage() == EmbeddedMongoProperties.Storage.FILE
                        ? "data in " + properties.file().toAbsolutePath()
                                + (properties.durable()
                                        ? ", on disk before acknowledged"
                                        : ", written out about once a second")
                        : "data in memory");
        return new EmbeddedMongoServer(server, address);
    }

    private static Path prepare(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the embedded database " + file, e);
        }
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    /** Closes client connections and the backend, which writes the H2 file out. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
