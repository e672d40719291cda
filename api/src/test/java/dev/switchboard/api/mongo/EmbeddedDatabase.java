package dev.switchboard.api.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;

/**
 * A MongoDB-compatible server in memory, reached over the wire protocol by a real driver, and a template on
 * one of its databases: what the MongoDB adapter tests run against.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedMongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;

    private EmbeddedDatabase(String name) {
        server = EmbeddedMongoServer.start(new EmbeddedMongoProperties(EmbeddedMongoProperties.Storage.MEMORY,
                Path.of("unused"), "127.0.0.1", 0, name));
        client = MongoClients.create(server.connectionString(name));
        template = new MongoTemplate(client, name);
    }

    static EmbeddedDatabase start(String name) {
        return new EmbeddedDatabase(name);
    }

    MongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
