package dev.switchboard.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MongoDB-compatible server used when no {@code spring.mongodb.uri} is set.
 *
 * @param storage  {@code file} keeps data in {@code file} across restarts; {@code memory} forgets it at shutdown
 * @param file     the H2 MVStore file holding the data
 * @param host     the address the server listens on; loopback unless other hosts must reach it
 * @param port     the port, {@code 0} for any free one
 * @param database the database the app uses
 * @param durable  with {@code file}: each write is committed and forced to disk before it is acknowledged; false
 *                 lets H2 write changes out about once a second, faster, but a crash loses the last second's writes
 */
@ConfigurationProperties("switchboard.embedded-mongo")
public record EmbeddedMongoProperties(
        @DefaultValue("file") Storage storage,
        @DefaultValue("data/switchboard.mv") Path file,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("switchboard") String database,
        @DefaultValue("true") boolean durable) {

    @ConstructorBinding
    public EmbeddedMongoProperties {}

    public EmbeddedMongoProperties(Storage storage, Path file, String host, int port, String database) {
        this(storage, file, host, port, database, true);
    }

    public enum Storage {
        FILE,
        MEMORY
    }
}
