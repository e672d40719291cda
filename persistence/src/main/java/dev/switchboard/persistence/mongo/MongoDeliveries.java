package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per delivery in {@code webhook_deliveries}, keyed by event and webhook. A claim is one
 * {@code findAndModify} whose filter holds "due, pending, lease free" and whose update takes the lease with a
 * fresh token; an attempt is logged by an update whose filter holds that token, so a claim that expired and was
 * retaken by another instance cannot overwrite what the new holder does.
 */
@Component
class MongoDeliveries implements Deliveries {

    /** A lease that was never taken, or was given back: any instance may claim the delivery. */
    private static final Instant FREE = Instant.EPOCH;

    @Document("webhook_deliveries")
    record DeliveryDocument(
            @Id String id,
            String webhookId,
            String eventId,
            String eventType,
            String body,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant leaseUntil,
            String claimToken,
            Instant createdAt,
            List<AttemptDocument> log) {

        Delivery toDelivery() {
            return new Delivery(
                    id,
                    webhookId,
                    eventId,
                    eventType,
                    body,
                    Delivery.Status.valueOf(status),
                    attempts,
                    nextAttemptAt,
                    createdAt,
                    log == null
                            ? List.of()
                            : log.stream().map(AttemptDocument::toAttempt).toList());
        }
    }

    record AttemptDocument(int number, Instant at, Integer statusCode, long durationMillis, String error) {

        Delivery.Attempt toAttempt() {
            return new Delivery.Attempt(number, at, statusCode, durationMillis, error);
        }
    }

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(DeliveryDocument.class);
        indexes.createIndex(new Index()
                .on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC)
                .named("due"));
        indexes.createIndex(new Index()
                .on("webhookId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named("by_webhook"));
    }

    @Override
    public void addIfAbsent(Delivery d) {
        try {
            mongo.insert(new DeliveryDocument(
                    d.id(),
                    d.webhookId(),
                    d.eventId(),
                    d.eventType(),
                    d.body(),
                    d.status().name(),
                    d.attempts(),
                    d.nextAttemptAt(),
                    FREE,
                    null,
                    d.createdAt(),
                    List.of()));
        } catch (DuplicateKeyException fannedOutAlready) {
            // Another fan-out of the same event made it first.
        }
    }

    @Override
    public Optional<Claimed> claim(Instant now, Instant leaseUntil) {
        Query due = Query.query(where("status")
                        .is(Delivery.Status.PENDING.name())
                        .and("nextAttemptAt")
                        .lte(now)
                        .and("leaseUntil")
                        .lte(now))
                .with(Sort.by("nextAttemptAt"));
        String token = UUID.randomUUID().toString();
        DeliveryDocument taken = mongo.findAndModify(
                due,
                new Update().set("leaseUntil", leaseUntil).set("claimToken", token),
                FindAndModifyOptions.options().returnNew(true),
                DeliveryDocument.class);
        return Optional.ofNullable(taken).map(d -> new Claimed(d.toDelivery(), token));
    }

    @Override
    public boolean attempted(Claimed claimed, Delivery.Attempt a, Delivery.Status status, Instant nextAttemptAt) {
        Query held = Query.query(
                where("_id").is(claimed.delivery().id()).and("claimToken").is(claimed.token()));
        Update update = new Update()
                .push("log", new AttemptDocument(a.number(), a.at(), a.statusCode(), a.durationMillis(), a.error()))
                .inc("attempts", 1)
                .set("status", status.name())
                .set("nextAttemptAt", nextAttemptAt)
                .set("leaseUntil", FREE)
                .unset("claimToken");
        return mongo.updateFirst(held, update, DeliveryDocument.class).getModifiedCount() == 1;
    }

    @Override
    public Optional<Delivery> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::toDelivery);
    }

    @Override
    public Page forWebhook(String webhookId, int limit, String after) {
        Query query =
                Query.query(where("webhookId").is(webhookId)).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"));
        if (after != null) {
            DeliveryDocument last = mongo.findById(after, DeliveryDocument.class);
            if (last != null) {
                query.addCriteria(new Criteria()
                        .orOperator(
                                where("createdAt").lt(last.createdAt()),
                                where("createdAt")
                                        .is(last.createdAt())
                                        .and("_id")
                                        .lt(last.id())));
            }
        }
        List<Delivery> page = mongo.find(query.limit(limit + 1), DeliveryDocument.class).stream()
                .map(DeliveryDocument::toDelivery)
                .toList();
        return new Page(page.subList(0, Math.min(limit, page.size())), page.size() > limit);
    }

    @Override
    public long countForWebhook(String webhookId) {
        return mongo.count(Query.query(where("webhookId").is(webhookId)), DeliveryDocument.class);
    }

    @Override
    public boolean replay(String id, Instant now) {
        Query failed = Query.query(where("_id").is(id).and("status").is(Delivery.Status.FAILED.name()));
        Update update = new Update()
                .set("status", Delivery.Status.PENDING.name())
                .set("attempts", 0)
                .set("nextAttemptAt", now)
                .set("leaseUntil", FREE);
        return mongo.updateFirst(failed, update, DeliveryDocument.class).getModifiedCount() == 1;
    }
}
