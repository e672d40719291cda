package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.Brand;
import dev.switchboard.domain.model.FieldKind;
import dev.switchboard.domain.model.FieldValidation;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormField;
import dev.switchboard.domain.model.LeadKey;
import dev.switchboard.domain.model.LocalizedText;
import dev.switchboard.domain.model.NoSlotFallback;
import dev.switchboard.domain.model.ShowWhen;
import java.time.Instant;
import java.util.List;

/** Forms and their definitions as the schema shows them. */
final class FormViews {

    private FormViews() {}

    record FormView(String id, String name, String routerId, int version, DefinitionView definition) {
        static FormView of(Form form) {
            return new FormView(
                    form.id().value(),
                    form.name(),
                    form.routerId().value(),
                    form.version(),
                    DefinitionView.of(form.definition()));
        }
    }

    record FormVersionView(
            String formId, int version, String name, String routerId, Instant savedAt, DefinitionView definition) {
        static FormVersionView of(Form form) {
            return new FormVersionView(
                    form.id().value(),
                    form.version(),
                    form.name(),
                    form.routerId().value(),
                    form.savedAt(),
                    DefinitionView.of(form.definition()));
        }
    }

    /** What a widget reads of its form: public by design, so nothing else. */
    record WidgetFormView(String formId, int version, DefinitionView definition) {
        static WidgetFormView of(Form form) {
            return new WidgetFormView(form.id().value(), form.version(), DefinitionView.of(form.definition()));
        }
    }

    record DefinitionView(
            List<String> languages,
            List<FieldView> fields,
            List<LocalizedText> thankYou,
            DisqualifiedView disqualified,
            NoSlotView noSlot,
            Brand brand) {
        static DefinitionView of(FormDefinition d) {
            return new DefinitionView(
                    d.languages(),
                    d.fields().stream().map(FieldView::of).toList(),
                    d.thankYou().texts(),
                    d.disqualified() == null
                            ? null
                            : new DisqualifiedView(
                                    d.disqualified().message().texts(),
                                    d.disqualified().redirectUrl()),
                    d.noSlot() == null
                            ? null
                            : new NoSlotView(
                                    d.noSlot().mode(), d.noSlot().message().texts()),
                    d.brand());
        }
    }

    record FieldView(
            String key,
            FieldKind kind,
            boolean required,
            List<LocalizedText> label,
            List<LocalizedText> help,
            List<OptionView> options,
            FieldValidation validation,
            String fromParam,
            ShowWhenView showWhen,
            String leadField) {
        static FieldView of(FormField f) {
            return new FieldView(
                    f.key(),
                    f.kind(),
                    f.required(),
                    f.label().texts(),
                    f.help().texts(),
                    f.options().stream()
                            .map(o -> new OptionView(o.value(), o.label().texts()))
                            .toList(),
                    f.validation().none() ? null : f.validation(),
                    f.fromParam(),
                    f.showWhen() == null ? null : ShowWhenView.of(f.showWhen()),
                    f.leadKey().map(LeadKey::leadField).orElse(null));
        }
    }

    record OptionView(String value, List<LocalizedText> label) {}

    record ShowWhenView(String field, ShowWhen.Operator operator, List<String> values) {
        static ShowWhenView of(ShowWhen when) {
            return new ShowWhenView(when.field(), when.operator(), when.values());
        }
    }

    record DisqualifiedView(List<LocalizedText> message, String redirectUrl) {}

    record NoSlotView(NoSlotFallback.Mode mode, List<LocalizedText> message) {}
}
