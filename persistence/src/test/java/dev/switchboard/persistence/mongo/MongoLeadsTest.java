package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * Idempotency keys and the routed mark on the embedded server over the wire protocol, in memory and on the H2 file
 * store that is the default: keys claimed per (scope, operation, key), and a database from before keys were scoped
 * brought forward on start without losing a lead.
 */
class MongoLeadsTest {

    private static final Instant THEN = Instant.parse("2026-11-20T09:00:00Z");
    private static final PoolId POOL = new PoolId("pool-1");

    @TempDir
    Path directory;

    private static LeadDetails ada(String phone) {
        return new LeadDetails(
                "Ada",
                new EmailAddress("ada@acme.example"),
                phone,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static Lead keyed(LeadDetails details, String scope, String key) {
        return new Lead(
                LeadId.random(),
                details,
                null,
                POOL,
                THEN.plusSeconds(60),
                new IdempotencyKey(scope, key).claim(Lead.SUBMIT, Lead.request(null, POOL, details)));
    }

    /** A lead as the code before scoped keys stored it: the bare key at the top, under a unique index of its own. */
    private static Document oldLead(String id, String key) {
        Document lead = new Document("_id", id)
                .append("poolId", POOL.value())
                .append("submittedAt", Date.from(THEN))
                .append("name", "Ada")
                .append("email", "ada@acme.example")
                .append("emailDomain", "acme.example")
                .append("phone", "+33 1")
                .append("company", "Acme")
                .append("attributes", List.of())
                .append("eventsPending", true);
        return key == null ? lead : lead.append("idempotencyKey", key);
    }

    /** The H2 store the app embeds, in memory or on file (the default), on a free port. */
    private MongoServer server(boolean onFile) {
        MongoServer server = new MongoServer(
                onFile ? new H2Backend(directory.resolve("switchboard.mv").toString()) : H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        return server;
    }

    private static MongoClient client(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/leads");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void an_old_database_keeps_every_lead_and_an_old_key_answers_only_the_identical_submission(boolean onFile) {
        MongoServer server = server(onFile);
        try (MongoClient client = client(server)) {
            MongoTemplate mongo = new MongoTemplate(client, "leads");
            mongo.indexOps("leads")
                    .createIndex(new Index("idempotencyKey", Sort.Direction.ASC)
                            .unique()
                            .sparse()
                            .named("idempotencyKey_unique"));
            mongo.insert(oldLead("decided", "old-key"), "leads");
            mongo.insert(oldLead("stranded", null), "leads");
            mongo.insert(new Document("_id", "a1").append("leadId", "decided"), "assignments");

            MongoLeads leads = new MongoLeads(mongo);
            new MongoLeads(mongo);

            assertThat(leads.count()).isEqualTo(2);
            assertThat(mongo.indexOps("leads").getIndexInfo())
                    .extracting(IndexInfo::getName)
                    .contains("idempotency_unique")
                    .doesNotContain("idempotencyKey_unique");
            Document moved = mongo.findById("decided", Document.class, "leads");
            assertThat(moved).doesNotContainKey("idempotencyKey");
            assertThat(moved.get("idempotency", Document.class).getString("scope"))
                    .isEqualTo(IdempotencyKey.LEGACY_SCOPE);

            assertThat(leads.add(keyed(ada("+33 1"), "api-key:9", "old-key"))
                            .id()
                            .value())
                    .as("the retry it was made for")
                    .isEqualTo("decided");
            Lead other = keyed(ada("+33 2"), "form:elsewhere", "old-key");
            assertThat(leads.add(other).id())
                    .as("another submission with the same key")
                    .isEqualTo(other.id());

            assertThat(leads.unrouted(THEN.plusSeconds(1), THEN, 10))
                    .extracting(l -> l.id().value())
                    .containsExactly("stranded");
        } finally {
            server.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_key_is_held_per_caller_and_leads_without_keys_never_collide(boolean onFile) {
        MongoServer server = server(onFile);
        try (MongoClient client = client(server)) {
            MongoLeads leads = new MongoLeads(new MongoTemplate(client, "leads"));
            Lead mine = keyed(ada(null), "form:a", "k");

            assertThat(leads.add(mine)).isEqualTo(mine);
            assertThat(leads.add(keyed(ada("+1"), "form:a", "k")).id())
                    .as("my key again")
                    .isEqualTo(mine.id());
            Lead theirs = keyed(ada(null), "form:b", "k");
            assertThat(leads.add(theirs).id()).as("their key of the same text").isEqualTo(theirs.id());
            Lead plain = new Lead(LeadId.random(), ada(null), null, POOL, THEN, null);
            Lead plainToo = new Lead(LeadId.random(), ada(null), null, POOL, THEN, null);
            assertThat(leads.add(plain)).isEqualTo(plain);
            assertThat(leads.add(plainToo)).isEqualTo(plainToo);
            assertThat(leads.count()).isEqualTo(4);

            assertThat(leads.claimRouting(plain.id(), THEN.plusSeconds(60), THEN.plusSeconds(120)))
                    .isTrue();
            assertThat(leads.claimRouting(plain.id(), THEN.plusSeconds(61), THEN.plusSeconds(121)))
                    .as("leased")
                    .isFalse();
            assertThat(leads.unrouted(THEN.plusSeconds(1), THEN.plusSeconds(61), 10))
                    .extracting(Lead::id)
                    .containsExactly(plainToo.id());
            leads.routed(List.of(plain.id(), plainToo.id()));
            assertThat(leads.unrouted(THEN.plusSeconds(1), THEN.plusSeconds(500), 10))
                    .isEmpty();
        } finally {
            server.shutdownNow();
        }
    }
}
