package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Brand;
import dev.switchboard.domain.model.DisqualifiedOutcome;
import dev.switchboard.domain.model.FieldKind;
import dev.switchboard.domain.model.FieldOption;
import dev.switchboard.domain.model.FieldValidation;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormField;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Localized;
import dev.switchboard.domain.model.LocalizedText;
import dev.switchboard.domain.model.NoSlotFallback;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.ShowWhen;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Writes a form version as a BSON document and reads it back, with an explicit mapping so the stored shape stays
 * stable whatever the Java types look like. A form stored before forms had versions (name and router only) reads as
 * version 1 of a classic form.
 */
final class FormCodec {

    private FormCodec() {}

    static Document write(Form form) {
        return new Document("name", form.name())
                .append("routerId", form.routerId().value())
                .append("version", form.version())
                .append("savedAt", form.savedAt() == null ? null : Date.from(form.savedAt()))
                .append("definition", write(form.definition()));
    }

    /** The form's version as its own document in the history, keyed by form and number. */
    static Document writeVersion(Form form) {
        return write(form)
                .append("_id", versionId(form.id().value(), form.version()))
                .append("formId", form.id().value());
    }

    static String versionId(String formId, int version) {
        return formId + ":" + version;
    }

    /** @param id the form's id (a version document holds it as formId) */
    static Form read(String id, Document document) {
        Date savedAt = document.getDate("savedAt");
        Document definition = document.get("definition", Document.class);
        return new Form(
                new FormId(id),
                document.getString("name"),
                new RouterId(document.getString("routerId")),
                document.getInteger("version", 1),
                definition == null ? FormDefinition.CLASSIC : definition(definition),
                savedAt == null ? null : savedAt.toInstant());
    }

    private static Document write(FormDefinition d) {
        return new Document("languages", d.languages())
                .append("fields", d.fields().stream().map(FormCodec::write).toList())
                .append("thankYou", write(d.thankYou()))
                .append(
                        "disqualified",
                        d.disqualified() == null
                                ? null
                                : new Document("message", write(d.disqualified().message()))
                                        .append("redirectUrl", d.disqualified().redirectUrl()))
                .append(
                        "noSlot",
                        d.noSlot() == null
                                ? null
                                : new Document("mode", d.noSlot().mode().name())
                                        .append("message", write(d.noSlot().message())))
                .append(
                        "brand",
                        new Document("color", d.brand().color())
                                .append("logoUrl", d.brand().logoUrl()));
    }

    private static Document write(FormField f) {
        FieldValidation v = f.validation();
        return new Document("key", f.key())
                .append("kind", f.kind().name())
                .append("required", f.required())
                .append("label", write(f.label()))
                .append("help", write(f.help()))
                .append(
                        "options",
                        f.options().stream()
                                .map(o -> new Document("value", o.value()).append("label", write(o.label())))
                                .toList())
                .append(
                        "validation",
                        v.none()
                                ? null
                                : new Document("minLength", v.minLength())
                                        .append("maxLength", v.maxLength())
                                        .append("min", v.min() == null ? null : new Decimal128(v.min()))
                                        .append("max", v.max() == null ? null : new Decimal128(v.max()))
                                        .append("pattern", v.pattern()))
                .append("fromParam", f.fromParam())
                .append(
                        "showWhen",
                        f.showWhen() == null
                                ? null
                                : new Document("field", f.showWhen().field())
                                        .append(
                                                "operator",
                                                f.showWhen().operator().name())
                                        .append("values", f.showWhen().values()));
    }

    private static List<Document> write(Localized text) {
        return text.texts().stream()
                .map(t -> new Document("language", t.language()).append("text", t.text()))
                .toList();
    }

    private static FormDefinition definition(Document d) {
        Document disqualified = d.get("disqualified", Document.class);
        Document noSlot = d.get("noSlot", Document.class);
        Document brand = d.get("brand", Document.class);
        return new FormDefinition(
                d.getList("languages", String.class),
                d.getList("fields", Document.class, List.of()).stream()
                        .map(FormCodec::field)
                        .toList(),
                localized(d, "thankYou"),
                disqualified == null
                        ? null
                        : new DisqualifiedOutcome(
                                localized(disqualified, "message"), disqualified.getString("redirectUrl")),
                noSlot == null
                        ? null
                        : new NoSlotFallback(
                                NoSlotFallback.Mode.valueOf(noSlot.getString("mode")), localized(noSlot, "message")),
                brand == null ? null : new Brand(brand.getString("color"), brand.getString("logoUrl")));
    }

    private static FormField field(Document f) {
        Document v = f.get("validation", Document.class);
        Document when = f.get("showWhen", Document.class);
        return new FormField(
                f.getString("key"),
                FieldKind.valueOf(f.getString("kind")),
                f.getBoolean("required", false),
                localized(f, "label"),
                localized(f, "help"),
                f.getList("options", Document.class, List.of()).stream()
                        .map(o -> new FieldOption(o.getString("value"), localized(o, "label")))
                        .toList(),
                v == null
                        ? null
                        : new FieldValidation(
                                v.getInteger("minLength"),
                                v.getInteger("maxLength"),
                                decimal(v.get("min")),
                                decimal(v.get("max")),
                                v.getString("pattern")),
                f.getString("fromParam"),
                when == null
                        ? null
                        : ShowWhen.of(
                                when.getString("field"),
                                ShowWhen.Operator.valueOf(when.getString("operator")),
                                when.getList("values", String.class)));
    }

    private static Localized localized(Document parent, String name) {
        return new Localized(parent.getList(name, Document.class, List.of()).stream()
                .map(t -> new LocalizedText(t.getString("language"), t.getString("text")))
                .toList());
    }

    private static BigDecimal decimal(Object stored) {
        return stored == null ? null : ((Decimal128) stored).bigDecimalValue();
    }
}
