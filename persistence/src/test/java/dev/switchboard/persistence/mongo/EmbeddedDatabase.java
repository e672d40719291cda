package dev.switchboard.persistence.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB-compatible server in memory (the H2 backend the app embeds), reached over the wire protocol by a real
 * driver, and a template on one of its databases: what the MongoDB adapter tests run against.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;

    private EmbeddedDatabase(String name) {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + name);
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
        server.shutdownNow();
    }
}
