package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.routing.bulk.BulkImportCounts;
import dev.switchboard.routing.bulk.BulkImportId;
import dev.switchboard.routing.bulk.BulkImportKind;
import dev.switchboard.routing.bulk.BulkImportOperation;
import dev.switchboard.routing.bulk.BulkImportState;
import dev.switchboard.routing.bulk.BulkImports;
import dev.switchboard.routing.bulk.ImportChunk;
import dev.switchboard.routing.bulk.RowError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code bulk_imports} collection (one document an operation, its counts and row errors inside) and
 * {@code bulk_import_batches} (the file, one document a batch, under 16 MB each, dropped when the operation ends).
 */
@Component
class MongoBulkImports implements BulkImports {

    private static final String OPERATIONS = "bulk_imports";
    private static final String BATCHES = "bulk_import_batches";

    private final MongoTemplate mongo;

    MongoBulkImports(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(OPERATIONS)
                .createIndex(new Index()
                        .on("state", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.ASC)
                        .named("waiting"));
        mongo.indexOps(BATCHES).createIndex(new Index("operationId", Sort.Direction.ASC).named("operation"));
    }

    @Override
    public void add(BulkImportOperation operation, List<ImportChunk> chunks) {
        List<Document> batches = new ArrayList<>();
        for (ImportChunk chunk : chunks) {
            batches.add(new Document("_id", operation.id().value() + ":" + chunk.index())
                    .append("operationId", operation.id().value())
                    .append("index", chunk.index())
                    .append("firstLine", chunk.firstLine())
                    .append("lines", chunk.lines()));
        }
        mongo.insert(batches, BATCHES);
        mongo.insert(
                new Document("_id", operation.id().value())
                        .append("kind", operation.kind().name())
                        .append("state", operation.state().name())
                        .append("total", operation.counts().total())
                        .append("created", 0)
                        .append("updated", 0)
                        .append("unchanged", 0)
                        .append("failed", 0)
                        .append("rowErrors", List.of())
                        .append("batches", operation.batches())
                        .append("batchesDone", 0)
                        .append("attempts", 0)
                        .append("createdAt", Date.from(operation.createdAt())),
                OPERATIONS);
    }

    @Override
    public Optional<BulkImportOperation> byId(BulkImportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Document.class, OPERATIONS))
                .map(MongoBulkImports::operation);
    }

    @Override
    public Optional<BulkImportOperation> claim(Instant now, Instant until) {
        Query waiting = Query.query(new Criteria()
                        .orOperator(
                                where("state").is(BulkImportState.QUEUED.name()),
                                where("state")
                                        .is(BulkImportState.RUNNING.name())
                                        .and("leaseUntil")
                                        .lte(Date.from(now))))
                .with(Sort.by("createdAt"));
        Document taken = mongo.findAndModify(
                waiting,
                new Update()
                        .set("state", BulkImportState.RUNNING.name())
                        .set("leaseUntil", Date.from(until))
                        .inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                OPERATIONS);
        return Optional.ofNullable(taken).map(MongoBulkImports::operation);
    }

    @Override
    public Optional<ImportChunk> chunk(BulkImportId id, int index) {
        Document batch = mongo.findById(id.value() + ":" + index, Document.class, BATCHES);
        if (batch == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (Object line : batch.getList("lines", Object.class)) {
            lines.add((String) line);
        }
        return Optional.of(new ImportChunk(batch.getInteger("index"), batch.getInteger("firstLine"), lines));
    }

    @Override
    public boolean recordBatch(
            BulkImportId id, int index, BulkImportCounts counts, List<RowError> errors, Instant until) {
        Update update = new Update()
                .inc("created", counts.created())
                .inc("updated", counts.updated())
                .inc("unchanged", counts.unchanged())
                .inc("failed", counts.failed())
                .set("batchesDone", index + 1)
                .set("leaseUntil", Date.from(until));
        if (!errors.isEmpty()) {
            update.push("rowErrors")
                    .each(errors.stream()
                            .map(e -> new Document("line", e.line())
                                    .append("key", e.key())
                                    .append("field", e.field())
                                    .append("code", e.code().name())
                                    .append("message", e.message()))
                            .toArray());
        }
        Query holding = Query.query(where("_id")
                .is(id.value())
                .and("state")
                .is(BulkImportState.RUNNING.name())
                .and("batchesDone")
                .is(index));
        return mongo.updateFirst(holding, update, OPERATIONS).getModifiedCount() == 1;
    }

    @Override
    public void finish(BulkImportId id, BulkImportState state, String failure, Instant at) {
        Update update = new Update()
                .set("state", state.name())
                .set("finishedAt", Date.from(at))
                .unset("leaseUntil");
        if (failure != null) {
            update.set("failure", failure);
        }
        mongo.updateFirst(Query.query(where("_id").is(id.value())), update, OPERATIONS);
        mongo.remove(Query.query(where("operationId").is(id.value())), BATCHES);
    }

    private static BulkImportOperation operation(Document d) {
        List<RowError> errors = new ArrayList<>();
        for (Document e : d.getList("rowErrors", Document.class, List.of())) {
            errors.add(new RowError(
                    e.getInteger("line"),
                    e.getString("key"),
                    e.getString("field"),
                    ErrorCode.valueOf(e.getString("code")),
                    e.getString("message")));
        }
        Date finished = d.getDate("finishedAt");
        return new BulkImportOperation(
                new BulkImportId(d.getString("_id")),
                BulkImportKind.valueOf(d.getString("kind")),
                BulkImportState.valueOf(d.getString("state")),
                new BulkImportCounts(
                        d.getInteger("total"),
                        d.getInteger("created"),
                        d.getInteger("updated"),
                        d.getInteger("unchanged"),
                        d.getInteger("failed")),
                errors,
                d.getInteger("batches"),
                d.getInteger("batchesDone"),
                d.getInteger("attempts"),
                d.getString("failure"),
                d.getDate("createdAt").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
