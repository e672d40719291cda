package dev.switchboard.persistence.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Many single-document writes to one collection in one command, unordered: a document refused by a unique index
 * keeps none of the others out. Each write is still atomic on its own document (a bulk write is no transaction); the
 * writes refused as duplicates come back by their position, any other failure is thrown.
 */
final class UnorderedWrites {

    /** One update of one document, its filter and its change, both already in the store's terms. */
    record Change(Query filter, Update update) {}

    private UnorderedWrites() {}

    /** Inserts {@code documents} in one command; the positions of those a unique index refused. */
    static Set<Integer> insert(MongoTemplate mongo, String collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException partly) {
            return duplicates(partly);
        }
    }

    /** Applies {@code changes} in one command, never upserting; the positions of those a unique index refused. */
    static Set<Integer> update(MongoTemplate mongo, String collection, List<Change> changes) {
        if (changes.isEmpty()) {
            return Set.of();
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changes.size());
        for (Change change : changes) {
            writes.add(new UpdateOneModel<>(
                    change.filter().getQueryObject(),
                    change.update().getUpdateObject(),
                    new UpdateOptions().upsert(false)));
        }
        try {
            mongo.getCollection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException partly) {
            return duplicates(partly);
        }
    }

    private static Set<Integer> duplicates(MongoBulkWriteException partly) {
        Set<Integer> refused = new HashSet<>();
        for (BulkWriteError error : partly.getWriteErrors()) {
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw partly;
            }
            refused.add(error.getIndex());
        }
        if (partly.getWriteConcernError() != null) {
            throw partly;
        }
        return refused;
    }

    /**
     * A bulk import's batch of one kind of object: {@code added} in one insert command, {@code replaced} (stored,
     * same ids, their versions counted up) in one update command.
     *
     * @param document the stored record of an object
     * @param id       an object's id, as the caller knows it
     * @param storedId an object's id, as the store keys it
     * @return the ids of the objects a unique index refused
     */
    static <T, I> Set<I> storeAll(
            MongoTemplate mongo,
            String collection,
            List<T> added,
            List<T> replaced,
            Function<T, Record> document,
            Function<T, I> id,
            Function<T, String> storedId) {
        Set<I> refused = new HashSet<>();
        insert(
                        mongo,
                        collection,
                        added.stream()
                                .map(object -> converted(mongo, document.apply(object)))
                                .toList())
                .forEach(position -> refused.add(id.apply(added.get(position))));
        update(
                        mongo,
                        collection,
                        replaced.stream()
                                .map(object -> new Change(
                                        Revisions.at(storedId.apply(object), null),
                                        Revisions.replacing(mongo, document.apply(object), Set.of())))
                                .toList())
                .forEach(position -> refused.add(id.apply(replaced.get(position))));
        return refused;
    }

    /** {@code document} (a stored record) as the store holds it. */
    static Document converted(MongoTemplate mongo, Record document) {
        Document converted = new Document();
        mongo.getConverter().write(document, converted);
        return converted;
    }
}
