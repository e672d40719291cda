package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.access.Role;
import dev.switchboard.access.User;
import dev.switchboard.access.Users;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Users, one document each, emails unique by index; the failed sign-in count moves by {@code $inc}. */
@Component
class MongoUsers implements Users {

    private static final String COLLECTION = "users";

    private final MongoTemplate mongo;

    MongoUsers(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("email", Sort.Direction.ASC).unique().named("email_unique"));
    }

    @Override
    public void add(User user) {
        try {
            mongo.insert(
                    new Document("_id", user.id())
                            .append("email", user.email())
                            .append("role", user.role().name())
                            .append(
                                    "repId",
                                    user.repId() == null ? null : user.repId().value())
                            .append("passwordHash", user.passwordHash())
                            .append("active", user.active())
                            .append("failedSignIns", 0)
                            .append("lockedUntil", null),
                    COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "email", "another user has the email " + user.email());
        }
    }

    @Override
    public Optional<User> byEmail(String email) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("email").is(email)), Document.class, COLLECTION))
                .map(MongoUsers::user);
    }

    @Override
    public Optional<User> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(MongoUsers::user);
    }

    @Override
    public List<User> all() {
        return mongo.find(new Query().with(Sort.by("email")), Document.class, COLLECTION).stream()
                .map(MongoUsers::user)
                .toList();
    }

    @Override
    public long countActiveAdmins() {
        return mongo.count(
                Query.query(where("role").is(Role.ADMIN.name()).and("active").is(true)), COLLECTION);
    }

    @Override
    public void recordFailure(String id, Instant now, int maxFailures, Duration lockFor) {
        Document counted = mongo.findAndModify(
                Query.query(where("_id").is(id)),
                new Update().inc("failedSignIns", 1),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        if (counted != null && counted.getInteger("failedSignIns", 0) >= maxFailures) {
            // Of failures racing past the limit, the first to get here locks and restarts the count.
            mongo.updateFirst(
                    Query.query(where("_id").is(id).and("failedSignIns").gte(maxFailures)),
                    new Update().set("failedSignIns", 0).set("lockedUntil", Date.from(now.plus(lockFor))),
                    COLLECTION);
        }
    }

    @Override
    public void recordSuccess(String id) {
        mongo.updateFirst(
                Query.query(where("_id").is(id).and("failedSignIns").gt(0)),
                new Update().set("failedSignIns", 0),
                COLLECTION);
    }

    @Override
    public void setPasswordHash(String id, String passwordHash) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("passwordHash", passwordHash), COLLECTION);
    }

    @Override
    public boolean deactivate(String id) {
        return mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("active", false), COLLECTION)
                        .getMatchedCount()
                > 0;
    }

    private static User user(Document d) {
        Date locked = d.getDate("lockedUntil");
        String repId = d.getString("repId");
        return new User(
                d.getString("_id"),
                d.getString("email"),
                Role.valueOf(d.getString("role")),
                repId == null ? null : new RepId(repId),
                d.getString("passwordHash"),
                d.getBoolean("active", false),
                d.getInteger("failedSignIns", 0),
                locked == null ? null : locked.toInstant());
    }

    @Override
    public Slice<User> page(int limit, PagePosition after) {
        // Through the email_unique index.
        return Pages.read(
                mongo.find(Pages.byText(new Query(), "email", after, limit), Document.class, COLLECTION),
                MongoUsers::user,
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
