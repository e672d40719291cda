package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Browser sessions in MongoDB, one document per session, so a browser signed in on one instance is signed in on
 * all of them. A session is written whole by one replace (upserted) when its attributes changed, its id changed
 * (sign-in), or its last access moved on by more than {@link #TOUCH_EVERY}: an admin's every request reads its
 * session, but only about one a minute writes it. Attribute values are Java-serialized, as Spring Session's own
 * stores do; a session whose values no longer deserialize (a class changed in an upgrade) is dropped, and its
 * browser signs in again. A TTL index removes expired sessions; reading one that expired deletes it at once.
 */
@Component
class MongoSessions implements SessionRepository<MongoSessions.StoredSession> {

    private static final Logger LOG = LoggerFactory.getLogger(MongoSessions.class);
    private static final String COLLECTION = "sessions";
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Duration maxInactive;

    MongoSessions(MongoTemplate mongo, @Value("${server.servlet.session.timeout:30m}") Duration maxInactive) {
        this.mongo = mongo;
        this.maxInactive = maxInactive;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("expireAt", Sort.Direction.ASC)
                        .expire(0, TimeUnit.SECONDS)
                        .named("expire_ttl"));
    }

    @Override
    public StoredSession createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(maxInactive);
        return new StoredSession(session, null, null);
    }

    @Override
    public void save(StoredSession session) {
        MapSession values = session.values;
        boolean moved = !values.getId().equals(session.storedId);
        boolean touched = session.storedAccess == null
                || values.getLastAccessedTime().isAfter(session.storedAccess.plus(TOUCH_EVERY));
        if (!moved && !touched && !session.changed) {
            return;
        }
        List<Document> attributes = new ArrayList<>();
        for (String name : values.getAttributeNames()) {
            attributes.add(
                    new Document("name", name).append("value", new Binary(serialized(values.getAttribute(name)))));
        }
        Document stored = new Document("_id", values.getId())
                .append("createdAt", Date.from(values.getCreationTime()))
                .append("lastAccessedAt", Date.from(values.getLastAccessedTime()))
                .append("maxInactiveSeconds", values.getMaxInactiveInterval().toSeconds())
                .append("expireAt", Date.from(values.getLastAccessedTime().plus(values.getMaxInactiveInterval())))
                .append("attributes", attributes);
        mongo.save(stored, COLLECTION);
        if (moved && session.storedId != null) {
            // The id changed (sign-in): the old id must open nothing any more.
            deleteById(session.storedId);
        }
        session.stored();
    }

    @Override
    public StoredSession findById(String id) {
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        if (stored == null) {
            return null;
        }
        MapSession values = new MapSession(id);
        values.setCreationTime(stored.getDate("createdAt").toInstant());
        values.setLastAccessedTime(stored.getDate("lastAccessedAt").toInstant());
        values.setMaxInactiveInterval(Duration.ofSeconds(((Number) stored.get("maxInactiveSeconds")).longValue()));
        if (values.isExpired()) {
            deleteById(id);
            return null;
        }
        try {
            for (Document attribute : stored.getList("attributes", Document.class)) {
                values.setAttribute(
                        attribute.getString("name"),
                        deserialized(attribute.get("value", Binary.class).getData()));
            }
        } catch (InvalidClassException | ClassNotFoundException unreadable) {
            LOG.warn(
                    "a stored session could not be read ({}); it is dropped and its browser signs in again",
                    unreadable.toString());
            deleteById(id);
            return null;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return new StoredSession(values, id, values.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        mongo.remove(Query.query(where("_id").is(id)), COLLECTION);
    }

    private static byte[] serialized(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException notSerializable) {
            throw new IllegalStateException(
                    "a session attribute is not serializable: " + value.getClass(), notSerializable);
        }
        return bytes.toByteArray();
    }

    private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass described)
                    throws IOException, ClassNotFoundException {
                // The app's own classes (the signed-in caller) live in its class loader, which in the packaged jar
                // is not the one ObjectInputStream would pick.
                return Class.forName(described.getName(), false, MongoSessions.class.getClassLoader());
            }
        }) {
            return in.readObject();
        }
    }

    /** A session as read or created, remembering what the database holds so that unchanged sessions are not written. */
    static final class StoredSession implements Session {

        private final MapSession values;
        private String storedId;
        private Instant storedAccess;
        private boolean changed;

        StoredSession(MapSession values, String storedId, Instant storedAccess) {
            this.values = values;
            this.storedId = storedId;
            this.storedAccess = storedAccess;
        }

        private void stored() {
            storedId = values.getId();
            storedAccess = values.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return values.getId();
        }

        @Override
        public String changeSessionId() {
            return values.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return values.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return values.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            values.setAttribute(name, value);
            changed = true;
        }

        @Override
        public void removeAttribute(String name) {
            values.removeAttribute(name);
            changed = true;
        }

        @Override
        public Instant getCreationTime() {
            return values.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant at) {
            values.setLastAccessedTime(at);
        }

        @Override
        public Instant getLastAccessedTime() {
            return values.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            values.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return values.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return values.isExpired();
        }
    }
}
