package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.outbound.Webhook;
import dev.switchboard.outbound.Webhooks;
import dev.switchboard.persistence.secrets.Secrets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One document per webhook in {@code webhooks}; the signing secret is stored sealed (see {@link Secrets}). */
@Component
class MongoWebhooks implements Webhooks {

    @Document("webhooks")
    record WebhookDocument(
            @Id String id,
            String url,
            List<String> eventTypes,
            String sealedSecret,
            Instant createdAt,
            Integer version) {}

    private final MongoTemplate mongo;
    private final Secrets secrets;

    MongoWebhooks(MongoTemplate mongo, Secrets secrets) {
        this.mongo = mongo;
        this.secrets = secrets;
        mongo.indexOps(WebhookDocument.class).createIndex(Pages.index("createdAt"));
    }

    @Override
    public void add(Webhook webhook) {
        mongo.insert(new WebhookDocument(
                webhook.id(),
                webhook.url(),
                webhook.eventTypes(),
                seal(webhook.id(), webhook.secret()),
                webhook.createdAt(),
                webhook.version()));
    }

    @Override
    public boolean update(String id, String url, List<String> eventTypes, String secret, Integer expectedVersion) {
        Update update = new Update().set("url", url).set("eventTypes", eventTypes);
        if (secret != null) {
            update.set("sealedSecret", seal(id, secret));
        }
        // One conditional single-document update: of two edits made from one version, exactly one matches.
        update.inc(Revisions.FIELD, 1);
        return mongo.updateFirst(Revisions.at(id, expectedVersion), update, WebhookDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean delete(String id) {
        return mongo.remove(Query.query(where("_id").is(id)), WebhookDocument.class)
                        .getDeletedCount()
                == 1;
    }

    @Override
    public Optional<Webhook> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookDocument.class)).map(this::toWebhook);
    }

    @Override
    public List<Webhook> all() {
        return mongo.findAll(WebhookDocument.class).stream()
                .map(this::toWebhook)
                .toList();
    }

    private String seal(String id, String secret) {
        if (!secrets.available()) {
            throw new InputRejected(
                    ErrorCode.NOT_CONFIGURED,
                    "secret",
                    "webhook secrets are stored encrypted: set " + Secrets.KEY_PROPERTY
                            + " (the same key on every instance)");
        }
        return secrets.seal(secret, context(id));
    }

    private Webhook toWebhook(WebhookDocument d) {
        return new Webhook(
                d.id(),
                d.url(),
                d.eventTypes(),
                secrets.open(d.sealedSecret(), context(d.id())),
                d.createdAt(),
                d.version() == null ? 0 : d.version());
    }

    /** Binds a sealed secret to its webhook, so it cannot be copied onto another. */
    private static String context(String id) {
        return "webhook:" + id;
    }

    @Override
    public Slice<Webhook> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byTime(new Query(), "createdAt", after, limit), WebhookDocument.class),
                this::toWebhook,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), WebhookDocument.class);
    }
}
