package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.port.Events;
import dev.switchboard.outbound.Outbox;
import dev.switchboard.outbound.StoredEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The outbox: one document per event in {@code events}, keyed by the event's own id, so recording an event
 * twice (a retry, the relay, another instance) stores it once: the second insert meets the unique {@code _id}.
 */
@Component
class MongoEvents implements Events, Outbox {

    private static final String AWAITING_FAN_OUT = "awaitingFanOut";

    @Document("events")
    record EventDocument(
            @Id String id,
            String type,
            String leadId,
            Instant occurredAt,
            Instant recordedAt,
            String body,
            Boolean awaitingFanOut) {

        StoredEvent toEvent() {
            return new StoredEvent(id, type, leadId, occurredAt, recordedAt, body);
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        var indexes = mongo.indexOps(EventDocument.class);
        indexes.createIndex(new Index()
                .on("recordedAt", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC)
                .named("recorded"));
        indexes.createIndex(
                new Index(AWAITING_FAN_OUT, Sort.Direction.ASC).sparse().named("awaiting_fan_out"));
    }

    @Override
    public void record(DomainEvent event) {
        try {
            mongo.insert(documentOf(event, clock.instant()));
        } catch (DuplicateKeyException recordedAlready) {
            // The same happening, recorded before: nothing to do.
        }
    }

    /**
     * One {@code insert} command for them all, unordered so that an event recorded already (its {@code _id} taken)
     * does not keep the ones after it out; duplicates are the only errors let pass.
     */
    @Override
    public void recordAll(List<DomainEvent> events) {
        if (events.size() < 2) {
            events.forEach(this::record);
            return;
        }
        Instant recordedAt = clock.instant();
        List<org.bson.Document> documents = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            org.bson.Document document = new org.bson.Document();
            mongo.getConverter().write(documentOf(event, recordedAt), document);
            documents.add(document);
        }
        try {
            mongo.getCollection(mongo.getCollectionName(EventDocument.class))
                    .insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException partly) {
            boolean onlyRecordedAlready = partly.getWriteConcernError() == null
                    && partly.getWriteErrors().stream()
                            .allMatch(error ->
                                    ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyRecordedAlready) {
                throw partly;
            }
        }
    }

    private static EventDocument documentOf(DomainEvent event, Instant recordedAt) {
        return new EventDocument(
                event.id(),
                event.type(),
                event.lead().value(),
                event.occurredAt(),
                recordedAt,
                EventJson.body(event),
                true);
    }

    @Override
    public List<StoredEvent> recordedSince(Instant since, int limit) {
        // Events recorded in the same millisecond come in the order they happened.
        Query query = Query.query(where("recordedAt").gte(since))
                .with(Sort.by("recordedAt", "occurredAt", "_id"))
                .limit(limit);
        return mongo.find(query, EventDocument.class).stream()
                .map(EventDocument::toEvent)
                .toList();
    }

    @Override
    public List<StoredEvent> awaitingFanOut(int limit) {
        Query query = Query.query(where(AWAITING_FAN_OUT).is(true))
                .with(Sort.by("recordedAt", "occurredAt", "_id"))
                .limit(limit);
        return mongo.find(query, EventDocument.class).stream()
                .map(EventDocument::toEvent)
                .toList();
    }

    @Override
    public void fannedOut(String eventId) {
        mongo.updateFirst(
                Query.query(where("_id").is(eventId)), new Update().unset(AWAITING_FAN_OUT), EventDocument.class);
    }
}
