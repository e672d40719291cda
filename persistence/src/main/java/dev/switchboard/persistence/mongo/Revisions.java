package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The {@code version} field of a configurable object's document: counted up by one in the same single-document
 * update as each change, and matched in that update's filter when the edit names the version it was made from, so
 * of two edits made from one version exactly one lands. A document stored before versions were counted has none,
 * and reads as version 0.
 */
final class Revisions {

    static final String FIELD = "version";

    private Revisions() {}

    /** The document with {@code id}, only while it is at {@code expectedVersion}; any version when that is null. */
    static Query at(String id, Integer expectedVersion) {
        Criteria criteria = where("_id").is(id);
        if (expectedVersion != null) {
            criteria = expectedVersion == 0
                    ? criteria.orOperator(where(FIELD).is(0), where(FIELD).exists(false))
                    : criteria.and(FIELD).is(expectedVersion);
        }
        return Query.query(criteria);
    }

    /**
     * An update that writes every field of {@code document} (a stored record) but those {@code setAlone}, unsets the
     * record's fields that are null, and counts the version up: a replace that keeps the version.
     */
    static Update replacing(MongoTemplate mongo, Record document, Set<String> setAlone) {
        Document fields = new Document();
        mongo.getConverter().write(document, fields);
        Update update = new Update();
        fields.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("_class") && !setAlone.contains(field)) {
                update.set(field, value);
            }
        });
        // Null fields are not written, so a setting removed (an overflow, a load limit) is unset.
        for (RecordComponent component : document.getClass().getRecordComponents()) {
            String field = component.getName();
            if (!field.equals("id") && !setAlone.contains(field) && !fields.containsKey(field)) {
                update.unset(field);
            }
        }
        return update.inc(FIELD, 1);
    }

    /** The versions of the documents with {@code ids} that exist, in one read. */
    static Map<String, Integer> of(MongoTemplate mongo, Class<?> documentClass, Collection<String> ids) {
        Query query = Query.query(where("_id").in(List.copyOf(ids)));
        query.fields().include(FIELD);
        Map<String, Integer> versions = new HashMap<>();
        mongo.find(query, Document.class, mongo.getCollectionName(documentClass))
                .forEach(d -> versions.put(String.valueOf(d.get("_id")), read(d)));
        return versions;
    }

    static int read(Document document) {
        Object version = document.get(FIELD);
        return version instanceof Number number ? number.intValue() : 0;
    }
}
