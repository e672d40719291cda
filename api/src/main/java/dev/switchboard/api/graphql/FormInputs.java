package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.Brand;
import dev.switchboard.domain.model.DisqualifiedOutcome;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FieldKind;
import dev.switchboard.domain.model.FieldOption;
import dev.switchboard.domain.model.FieldValidation;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormField;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.Localized;
import dev.switchboard.domain.model.LocalizedText;
import dev.switchboard.domain.model.NoSlotFallback;
import dev.switchboard.domain.model.ShowWhen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The form-definition inputs of the schema and their translation into the model. Every fault of every field is told
 * at once, each on its place below the input, e.g. {@code definition.fields[2].options[0].value}.
 */
final class FormInputs {

    private FormInputs() {}

    record FormDefinitionInput(
            List<String> languages,
            List<FormFieldInput> fields,
            List<LocalizedTextInput> thankYou,
            DisqualifiedInput disqualified,
            NoSlotFallbackInput noSlot,
            BrandInput brand) {}

    record LocalizedTextInput(String language, String text) {}

    record FormFieldInput(
            String key,
            FieldKind kind,
            Boolean required,
            List<LocalizedTextInput> label,
            List<LocalizedTextInput> help,
            List<FieldOptionInput> options,
            FieldValidationInput validation,
            String fromParam,
            ShowWhenInput showWhen) {}

    record FieldOptionInput(String value, List<LocalizedTextInput> label) {}

    record FieldValidationInput(Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern) {}

    record ShowWhenInput(String field, ShowWhen.Operator operator, List<String> values) {}

    record DisqualifiedInput(List<LocalizedTextInput> message, String redirectUrl) {}

    record NoSlotFallbackInput(NoSlotFallback.Mode mode, List<LocalizedTextInput> message) {}

    record BrandInput(String color, String logoUrl) {}

    /** The definition the input describes; null for none. Faults come on {@code definition....}. */
    static FormDefinition definition(FormDefinitionInput in) {
        if (in == null) {
            return null;
        }
        List<InputRejected> faults = new ArrayList<>();
        List<FormFieldInput> given = in.fields() == null ? List.of() : in.fields();
        if (given.size() > FormDefinition.MAX_FIELDS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "definition.fields",
                    "a form has at most " + FormDefinition.MAX_FIELDS + " fields");
        }
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            FormFieldInput field = given.get(i);
            collect(faults, "definition.fields[" + i + "]", () -> field(field)).ifPresent(fields::add);
        }
        Localized thankYou = collect(faults, "definition.thankYou", () -> localized(in.thankYou()))
                .orElse(null);
        DisqualifiedOutcome disqualified = in.disqualified() == null
                ? null
                : collect(
                                faults,
                                "definition.disqualified",
                                () -> new DisqualifiedOutcome(
                                        at(
                                                "message",
                                                () -> localized(
                                                        in.disqualified().message())),
                                        in.disqualified().redirectUrl()))
                        .orElse(null);
        NoSlotFallback noSlot = in.noSlot() == null
                ? null
                : collect(
                                faults,
                                "definition.noSlot",
                                () -> new NoSlotFallback(
                                        in.noSlot().mode(),
                                        at(
                                                "message",
                                                () -> localized(in.noSlot().message()))))
                        .orElse(null);
        Brand brand = in.brand() == null
                ? null
                : collect(
                                faults,
                                "definition.brand",
                                () -> new Brand(in.brand().color(), in.brand().logoUrl()))
                        .orElse(null);
        InputsRejected.throwIfAny(faults);
        try {
            return new FormDefinition(in.languages(), fields, thankYou, disqualified, noSlot, brand);
        } catch (InputsRejected rejected) {
            throw rejected.under("definition");
        }
    }

    private static FormField field(FormFieldInput in) {
        if (in == null) {
            throw InputRejected.required("key");
        }
        List<FieldOptionInput> options = in.options() == null ? List.of() : in.options();
        if (options.size() > FormField.MAX_OPTIONS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "options", "a field has at most " + FormField.MAX_OPTIONS + " options");
        }
        List<FieldOption> built = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            FieldOptionInput option = options.get(i);
            built.add(at(
                    "options[" + i + "]",
                    () -> new FieldOption(option.value(), at("label", () -> localized(option.label())))));
        }
        FieldValidationInput v = in.validation();
        return new FormField(
                in.key(),
                in.kind(),
                Boolean.TRUE.equals(in.required()),
                at("label", () -> localized(in.label())),
                at("help", () -> localized(in.help())),
                built,
                v == null
                        ? null
                        : at(
                                "validation",
                                () -> new FieldValidation(v.minLength(), v.maxLength(), v.min(), v.max(), v.pattern())),
                in.fromParam(),
                in.showWhen() == null
                        ? null
                        : at(
                                "showWhen",
                                () -> ShowWhen.of(
                                        in.showWhen().field(),
                                        in.showWhen().operator(),
                                        in.showWhen().values())));
    }

    private static Localized localized(List<LocalizedTextInput> texts) {
        if (texts == null) {
            return Localized.NONE;
        }
        if (texts.size() > FormDefinition.MAX_LANGUAGES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "", "at most one text per language, " + FormDefinition.MAX_LANGUAGES);
        }
        List<LocalizedText> built = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            LocalizedTextInput text = texts.get(i);
            built.add(at("[" + i + "]", () -> new LocalizedText(text.language(), text.text())));
        }
        return new Localized(built);
    }

    /** Builds a part, placing a rejection under its place in the input; "[i]" joins without a dot. */
    private static <T> T at(String place, Supplier<T> build) {
        try {
            return build.get();
        } catch (InputRejected e) {
            String field = e.field() == null || e.field().isEmpty()
                    ? place
                    : e.field().startsWith("[") ? place + e.field() : place + "." + e.field();
            throw new InputRejected(e.code(), field, e.getMessage());
        }
    }

    private static <T> java.util.Optional<T> collect(List<InputRejected> faults, String place, Supplier<T> build) {
        try {
            return java.util.Optional.of(at(place, build));
        } catch (InputRejected fault) {
            faults.add(fault);
            return java.util.Optional.empty();
        }
    }
}
