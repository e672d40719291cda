package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A form's current version is its document in {@code forms} (as before versions: a document with only a name and a
 * router is version 1 of a classic form); each version saved is also a document of {@code form_versions}, keyed by
 * form and number. A save replaces the current document only if it still holds the version before, one conditional
 * single-document write that tells concurrent editors apart. The history is written around it: the version being
 * replaced first (the same content whoever writes it, so a repeat is harmless), the new one after; a crash between
 * the two leaves the new version readable from the current document, and the next save writes it into the history.
 */
@Component
class MongoForms implements Forms {

    private static final String CURRENT = "forms";
    private static final String VERSIONS = "form_versions";

    private final MongoTemplate mongo;

    MongoForms(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(VERSIONS).createIndex(new Index("formId", Sort.Direction.ASC).named("by_form"));
        mongo.indexOps(CURRENT).createIndex(Pages.index("name"));
    }

    @Override
    public void add(Form form) {
        mongo.insert(FormCodec.write(form).append("_id", form.id().value()), CURRENT);
        remember(form);
    }

    @Override
    public void addVersion(Form form) {
        Form before = byId(form.id())
                .orElseThrow(
                        () -> InputRejected.notFound("formId", "form", form.id().value()));
        remember(before);
        Criteria stillBefore = before.version() == 1
                ? new Criteria()
                        .orOperator(where("version").is(1), where("version").exists(false))
                : where("version").is(before.version());
        Query current = Query.query(where("_id").is(form.id().value())).addCriteria(stillBefore);
        Document replaced = form.version() == before.version() + 1
                ? mongo.findAndReplace(
                        current, FormCodec.write(form).append("_id", form.id().value()), CURRENT)
                : null;
        if (replaced == null) {
            throw new InputRejected(
                    ErrorCode.DUPLICATE,
                    "version",
                    "version " + form.version() + " of this form was saved meanwhile; reload and edit again");
        }
        remember(form);
    }

    /** Puts a version into the history, unless it is there already (a version's content never changes). */
    private void remember(Form form) {
        try {
            mongo.insert(FormCodec.writeVersion(form), VERSIONS);
        } catch (DuplicateKeyException alreadyThere) {
            // Written before, by this save's predecessor or a concurrent save of the same content.
        }
    }

    @Override
    public void remove(FormId id) {
        mongo.remove(Query.query(where("_id").is(id.value())), CURRENT);
    }

    @Override
    public Optional<Form> byId(FormId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Document.class, CURRENT))
                .map(d -> FormCodec.read(id.value(), d));
    }

    @Override
    public Map<FormId, Form> byIds(java.util.Collection<FormId> ids) {
        List<String> keys = ids.stream().map(FormId::value).distinct().toList();
        Map<FormId, Form> found = new java.util.HashMap<>();
        mongo.find(Query.query(where("_id").in(keys)), Document.class, CURRENT)
                .forEach(d -> found.put(new FormId(d.getString("_id")), FormCodec.read(d.getString("_id"), d)));
        return found;
    }

    @Override
    public Optional<Form> version(FormId id, int version) {
        Optional<Form> saved = Optional.ofNullable(
                        mongo.findById(FormCodec.versionId(id.value(), version), Document.class, VERSIONS))
                .map(d -> FormCodec.read(id.value(), d));
        return saved.or(() -> byId(id).filter(f -> f.version() == version));
    }

    @Override
    public List<Form> versions(FormId id) {
        Map<Integer, Form> byNumber = new LinkedHashMap<>();
        mongo.find(Query.query(where("formId").is(id.value())), Document.class, VERSIONS)
                .forEach(d -> {
                    Form f = FormCodec.read(id.value(), d);
                    byNumber.put(f.version(), f);
                });
        byId(id).ifPresent(f -> byNumber.putIfAbsent(f.version(), f));
        return byNumber.values().stream()
                .sorted(Comparator.comparingInt(Form::version).reversed())
                .toList();
    }

    @Override
    public List<Form> all() {
        return mongo.find(new Query().with(Sort.by("name")), Document.class, CURRENT).stream()
                .map(d -> FormCodec.read(d.getString("_id"), d))
                .toList();
    }

    @Override
    public Slice<Form> page(int limit, PagePosition after) {
        return Pages.read(
                mongo.find(Pages.byText(new Query(), "name", after, limit), Document.class, CURRENT),
                d -> FormCodec.read(d.getString("_id"), d),
                limit);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), CURRENT);
    }
}
