package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoReps implements Reps {

    private final MongoTemplate mongo;

    MongoReps(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(RepDocument.class)
                .createIndex(new Index("email", Sort.Direction.ASC).unique().named("email_unique"));
        mongo.indexOps(RepDocument.class).createIndex(Pages.index("name"));
    }

    @Override
    public void add(Rep rep) {
        try {
            mongo.insert(RepDocument.of(rep));
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "email", "another rep has the email " + rep.email());
        }
    }

    @Override
    public boolean replace(Rep rep, Integer expectedVersion) {
        try {
            // One conditional single-document update, never an upsert: of two edits made from one version exactly
            // one matches, and an update racing a delete does not bring the rep back.
            return mongo.updateFirst(
                                    Revisions.at(rep.id().value(), expectedVersion),
                                    Revisions.replacing(mongo, RepDocument.of(rep), java.util.Set.of()),
                                    RepDocument.class)
                            .getMatchedCount()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw new InputRejected(ErrorCode.DUPLICATE, "email", "another rep has the email " + rep.email());
        }
    }

    /** A bulk import's batch: the new reps in one insert command, the replaced ones in one update command. */
    @Override
    public java.util.Set<RepId> storeAll(List<Rep> added, List<Rep> replaced) {
        return UnorderedWrites.storeAll(
                mongo,
                mongo.getCollectionName(RepDocument.class),
                added,
                replaced,
                RepDocument::of,
                Rep::id,
                rep -> rep.id().value());
    }

    @Override
    public Map<RepId, Integer> versions(Collection<RepId> ids) {
        Map<RepId, Integer> versions = new java.util.HashMap<>();
        Revisions.of(mongo, RepDocument.class, ids.stream().map(RepId::value).toList())
                .forEach((id, version) -> versions.put(new RepId(id), version));
        return versions;
    }

    @Override
    public Optional<Rep> byId(RepId id) {
        return Optional.ofNullable(mongo.findById(id.value(), RepDocument.class))
                .map(RepDocument::toRep);
    }

    @Override
    public Map<RepId, Rep> byIds(Collection<RepId> ids) {
        List<String> keys = ids.stream().map(RepId::value).distinct().toList();
        return mongo.find(Query.query(where("_id").in(keys)), RepDocument.class).stream()
                .map(RepDocument::toRep)
                .collect(Collectors.toMap(Rep::id, Function.identity()));
    }

    @Override
    public Map<dev.switchboard.domain.model.EmailAddress, Rep> byEmails(
            Collection<dev.switchboard.domain.model.EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        List<String> keys = emails.stream().map(e -> e.value()).distinct().toList();
        return mongo.find(Query.query(where("email").in(keys)), RepDocument.class).stream()
                .map(RepDocument::toRep)
                .collect(Collectors.toMap(Rep::email, Function.identity()));
    }

    @Override
    public List<Rep> all() {
        return mongo.find(new Query().with(Sort.by("name")), RepDocument.class).stream()
                .map(RepDocument::toRep)
                .toList();
    }

    @Override
    public long count() {
        return mongo.count(new Query(), RepDocument.class);
    }

    @Override
    public Slice<Rep> page(int limit, PagePosition after, EmailAddress email) {
        return Pages.read(
                mongo.find(Pages.byText(withEmail(email), "name", after, limit), RepDocument.class),
                RepDocument::toRep,
                limit);
    }

    @Override
    public long count(EmailAddress email) {
        return mongo.count(withEmail(email), RepDocument.class);
    }

    private static Query withEmail(EmailAddress email) {
        return email == null ? new Query() : Query.query(where("email").is(email.value()));
    }
}
