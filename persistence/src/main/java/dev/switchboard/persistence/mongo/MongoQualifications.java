package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.ScoringRule;
import dev.switchboard.domain.port.Qualifications;
import java.util.HashSet;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The workspace's qualification setting: one document, replaced whole. */
@Component
class MongoQualifications implements Qualifications {

    private static final String COLLECTION = "settings";
    private static final String ID = "qualification";

    private final MongoTemplate mongo;

    MongoQualifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Qualification> current() {
        return Optional.ofNullable(mongo.findById(ID, Document.class, COLLECTION))
                .map(MongoQualifications::read);
    }

    @Override
    public boolean replace(Qualification q, Integer expectedVersion) {
        Document document = new Document("_id", ID)
                .append("freeMailDomains", q.freeMailDomains().stream().sorted().toList())
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
        Update update = new Update();
        document.forEach((field, value) -> {
            if (!field.equals("_id")) {
                update.set(field, value);
            }
        });
        update.inc(Revisions.FIELD, 1);
        try {
            // The one document is created by the first change, and a change made from a version passed by then
            // finds no document to match, tries to create it again and is refused by the unique _id.
            mongo.upsert(Revisions.at(ID, expectedVersion), update, COLLECTION);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException stale) {
            return false;
        }
    }

    @Override
    public int version() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        return document == null ? 0 : Revisions.read(document);
    }

    private static Qualification read(Document d) {
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
