package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.domain.port.Qualifications;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The workspace's qualification setting: one document, replaced whole. */
@Component
class MongoQualifications implements Qualifications {

    private static final String COLLECTION = "settings";
    private static final String ID = "qualification";

    private final MongoTemplate mongo;
    // Every lead's decision reads the setting; it changes rarely (see RecentReads for how fresh it is).
    private final RecentReads<String, Optional<Qualification>> recent;

    MongoQualifications(MongoTemplate mongo, @Value("${switchboard.mongodb.read-cache-ttl:5s}") Duration ttl) {
        this.mongo = mongo;
        this.recent = new RecentReads<>(ttl, 1);
    }

    @Override
    public Optional<Qualification> current() {
        return recent.get(
                ID,
                () -> Optional.ofNullable(mongo.findById(ID, Document.class, COLLECTION))
                        .map(MongoQualifications::read));
    }

    @Override
    public boolean replace(Qualification q, Integer expectedVersion) {
        Document document = write(q);
        Update update = new Update();
        document.forEach(update::set);
        update.inc(Revisions.FIELD, 1);
        try {
            // The one document is created by the first change, and a change made from a version passed by then
            // finds no document to match, tries to create it again and is refused by the unique _id.
            mongo.upsert(Revisions.at(ID, expectedVersion), update, COLLECTION);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException stale) {
            return false;
        } finally {
            recent.forgetAll();
        }
    }

    @Override
    public int version() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        return document == null ? 0 : Revisions.read(document);
    }

    @Override
    public Stored stored() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        return document == null
                ? new Stored(Optional.empty(), 0)
                : new Stored(Optional.of(read(document)), Revisions.read(document));
    }

    /** The setting as stored, here and with a router version that has its own. */
    static Document write(Qualification q) {
        return new Document(
                        "freeMailDomains", q.freeMailDomains().stream().sorted().toList())
                .append("rejectFreeMail", q.rejectFreeMail())
                .append("competitorDomains", q.competitorDomains())
                .append("titleKeywords", q.titleKeywords())
                .append(
                        "scoringRules",
                        q.scoringRules().stream()
                                .map(rule -> new Document("name", rule.name())
                                        .append("condition", RouterCodec.write(rule.condition()))
                                        .append("points", rule.points()))
                                .toList())
                .append("hotAt", q.hotAt())
                .append("warmAt", q.warmAt());
    }

    static Qualification read(Document d) {
        return new Qualification(
                new HashSet<>(d.getList("freeMailDomains", String.class)),
                d.getBoolean("rejectFreeMail"),
                d.getList("competitorDomains", String.class),
                d.getList("titleKeywords", String.class),
                d.getList("scoringRules", Document.class).stream()
                        .map(rule -> new ScoringRule(
                                rule.getString("name"),
                                RouterCodec.condition(rule.get("condition", Document.class)),
                                rule.getInteger("points")))
                        .toList(),
                d.getInteger("hotAt"),
                d.getInteger("warmAt"));
    }
}
