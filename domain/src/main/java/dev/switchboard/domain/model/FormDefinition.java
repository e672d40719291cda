package dev.switchboard.domain.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a form asks and says: its fields in order, its languages and messages, its brand. A definition without fields
 * is a classic form, which takes a lead's flat fields as they are (the widget asks name, email and company).
 * <p>
 * A definition with fields asks for an email (kind EMAIL) and a name (kind TEXT), both required and always shown, so
 * every checked submission makes a lead. A field's condition names a field before it, so the answers decide what is
 * shown in one pass, in the form's order, the same way on the server and in the widget.
 */
public record FormDefinition(
        List<String> languages,
        List<FormField> fields,
        Localized thankYou,
        DisqualifiedOutcome disqualified,
        NoSlotFallback noSlot,
        Brand brand) {

    public static final int MAX_FIELDS = 50;
    public static final int MAX_LANGUAGES = 10;
    public static final FormDefinition CLASSIC = new FormDefinition(List.of("en"), List.of(), null, null, null, null);

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public FormDefinition {
        languages = languages == null || languages.isEmpty() ? List.of("en") : List.copyOf(languages);
        fields = fields == null ? List.of() : List.copyOf(fields);
        thankYou = thankYou == null ? Localized.NONE : thankYou;
        brand = brand == null ? Brand.NONE : brand;
        List<InputRejected> faults = new ArrayList<>();
        checkLanguages(languages, faults);
        if (faults.isEmpty()) {
            checkFields(languages, fields, faults);
            faults.addAll(thankYou.faults("thankYou", languages, false));
            if (disqualified != null) {
                faults.addAll(disqualified.message().faults("disqualified.message", languages, false));
            }
            if (noSlot != null) {
                faults.addAll(noSlot.message().faults("noSlot.message", languages, true));
            }
        }
        InputsRejected.throwIfAny(faults);
    }

    private static void checkLanguages(List<String> languages, List<InputRejected> faults) {
        if (languages.size() > MAX_LANGUAGES) {
            faults.add(
                    new InputRejected(ErrorCode.OUT_OF_RANGE, "languages", "at most " + MAX_LANGUAGES + " languages"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            try {
                String tag = LocalizedText.language(languages.get(i), "languages[" + i + "]");
                if (!seen.add(tag)) {
                    faults.add(new InputRejected(
                            ErrorCode.DUPLICATE, "languages[" + i + "]", "language " + tag + " is given twice"));
                }
            } catch (InputRejected fault) {
                faults.add(fault);
            }
        }
    }

    private static void checkFields(List<String> languages, List<FormField> fields, List<InputRejected> faults) {
        if (fields.size() > MAX_FIELDS) {
            faults.add(new InputRejected(ErrorCode.OUT_OF_RANGE, "fields", "at most " + MAX_FIELDS + " fields"));
            return;
        }
        Map<String, FormField> before = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String at = "fields[" + i + "]";
            if (before.containsKey(field.key())) {
                faults.add(new InputRejected(
                        ErrorCode.DUPLICATE, at + ".key", "field " + field.key() + " is given twice"));
            }
            faults.addAll(field.label().faults(at + ".label", languages, field.kind() != FieldKind.HIDDEN));
            faults.addAll(field.help().faults(at + ".help", languages, false));
            for (int o = 0; o < field.options().size(); o++) {
                faults.addAll(field.options().get(o).label().faults(at + ".options[" + o + "].label", languages, true));
            }
            if (field.showWhen() != null) {
                checkCondition(field.showWhen(), before, at + ".showWhen", faults);
            }
            before.putIfAbsent(field.key(), field);
        }
        if (!fields.isEmpty()) {
            needs(fields, LeadKey.EMAIL_ADDRESS, FieldKind.EMAIL, faults);
            needs(fields, LeadKey.NAME, FieldKind.TEXT, faults);
        }
    }

    private static void checkCondition(
            ShowWhen condition, Map<String, FormField> before, String at, List<InputRejected> faults) {
        FormField decides = before.get(condition.field());
        if (decides == null) {
            faults.add(new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    at + ".field",
                    "showWhen names " + condition.field() + ", which is not a field before this one"));
            return;
        }
        if (decides.kind().choices()) {
            for (String value : condition.values()) {
                if (decides.options().stream().noneMatch(o -> o.value().equals(value))) {
                    faults.add(new InputRejected(
                            ErrorCode.NOT_AN_OPTION,
                            at + ".values",
                            value + " is not one of " + decides.key() + "'s options"));
                }
            }
        }
    }

    private static void needs(List<FormField> fields, LeadKey key, FieldKind kind, List<InputRejected> faults) {
        boolean asked = fields.stream()
                .anyMatch(f -> f.key().equals(key.key()) && f.kind() == kind && f.required() && f.showWhen() == null);
        if (!asked) {
            faults.add(new InputRejected(
                    ErrorCode.REQUIRED,
                    "fields",
                    "a form with fields asks for " + key.key() + " (kind " + kind + ", required, always shown)"));
        }
    }

    /** A form without fields, which takes a lead's flat fields as they are. */
    public boolean classic() {
        return fields.isEmpty();
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * The keys of the fields a prospect may leave out because their value is known already: company, company size,
     * country and industry, when a known value passes the field's own checks, and never a field another field's
     * condition names (the widget could not tell what to show). Values are not part of the answer, by design.
     */
    public List<String> skippable(KnownFacts known) {
        Set<String> deciding = new HashSet<>();
        fields.stream()
                .filter(f -> f.showWhen() != null)
                .forEach(f -> deciding.add(f.showWhen().field()));
        List<String> skip = new ArrayList<>();
        for (FormField field : fields) {
            if (field.kind() != FieldKind.HIDDEN
                    && !deciding.contains(field.key())
                    && knownReading(field, known).isPresent()) {
                skip.add(field.key());
            }
        }
        return skip;
    }

    private static Optional<FormField.Reading> knownReading(FormField field, KnownFacts known) {
        return field.leadKey()
                .filter(LeadKey.SKIPPABLE::contains)
                .flatMap(known::of)
                .map(k -> field.read(List.of(k.value()), field.key()))
                .filter(r -> r.fault() == null && r.answered());
    }

    /**
     * Checks a submission against this definition and makes the lead's details from it. Each field is read in order;
     * one whose condition does not hold is skipped, whatever was sent for it. A shown field left unanswered that the
     * prospect could skip ({@link #skippable}) is filled from what is known, with its source; otherwise, if required,
     * it is missing.
     *
     * @throws InputsRejected with every fault at once, each on {@code answers.<key>}
     */
    public FilledForm read(FormAnswers answers, KnownFacts known) {
        List<InputRejected> faults = new ArrayList<>();
        Map<String, FormAnswer> byKey = new LinkedHashMap<>();
        List<FormAnswer> unasked = new ArrayList<>();
        collect(answers, byKey, unasked, faults);

        Set<String> skippable = new HashSet<>(skippable(known));
        Map<String, List<String>> shownValues = new HashMap<>();
        Map<LeadKey, String> leadValues = new LinkedHashMap<>();
        List<Attribute> attributes = new ArrayList<>();
        List<FieldSource> sources = new ArrayList<>();
        for (FormField field : fields) {
            String at = "answers." + field.key();
            if (field.showWhen() != null
                    && !field.showWhen()
                            .holds(shownValues.getOrDefault(field.showWhen().field(), List.of()))) {
                continue;
            }
            FormAnswer answer = byKey.get(field.key());
            FormField.Reading reading = field.read(answer == null ? List.of() : answer.given(), at);
            if (reading.fault() != null) {
                faults.add(reading.fault());
                continue;
            }
            FieldSource source = FieldSource.submitted(field.key());
            if (!reading.answered() && skippable.contains(field.key())) {
                KnownFacts.Known fact = known.of(field.leadKey().orElseThrow()).orElseThrow();
                reading = field.read(List.of(fact.value()), at);
                source = new FieldSource(field.key(), fact.source(), fact.from());
            }
            boolean refused = field.kind() == FieldKind.CONSENT
                    && reading.answered()
                    && reading.values().get(0).equals("false");
            if (field.required() && (!reading.answered() || refused)) {
                faults.add(new InputRejected(
                        ErrorCode.REQUIRED,
                        at,
                        field.kind() == FieldKind.CONSENT
                                ? field.key() + " must be accepted"
                                : field.key() + " is required"));
                continue;
            }
            if (!reading.answered()) {
                continue;
            }
            shownValues.put(field.key(), reading.values());
            store(field, reading.values(), leadValues, attributes, faults, at);
            sources.add(source);
        }
        for (FormAnswer extra : unasked) {
            keep(extra, leadValues, attributes, faults);
        }
        InputsRejected.throwIfAny(faults);
        try {
            return new FilledForm(LeadKey.details(leadValues, attributes), sources);
        } catch (InputRejected fault) {
            throw new InputsRejected(List.of(placed(fault)));
        }
    }

    private void collect(
            FormAnswers answers, Map<String, FormAnswer> byKey, List<FormAnswer> unasked, List<InputRejected> faults) {
        for (int i = 0; i < answers.given().size(); i++) {
            FormAnswer answer = answers.given().get(i);
            if (answer.field() == null || answer.field().isBlank()) {
                faults.add(InputRejected.required("answers[" + i + "].field"));
                continue;
            }
            String at = SAFE_KEY.matcher(answer.field()).matches() ? "answers." + answer.field() : "answers[" + i + "]";
            if (field(answer.field()).isEmpty()) {
                faults.add(new InputRejected(
                        ErrorCode.UNKNOWN_FIELD, at, "the form has no field " + abbreviated(answer.field())));
            } else if (byKey.containsKey(answer.field())) {
                faults.add(new InputRejected(ErrorCode.DUPLICATE, at, answer.field() + " is answered twice"));
            } else if (answer.mixed()) {
                faults.add(new InputRejected(ErrorCode.INVALID_FORMAT, at, "send value or values, not both"));
            } else {
                byKey.put(answer.field(), answer);
            }
        }
        for (FormAnswer flat : answers.flat()) {
            if (field(flat.field()).isEmpty()) {
                unasked.add(flat);
            } else if (byKey.containsKey(flat.field())) {
                faults.add(new InputRejected(
                        ErrorCode.DUPLICATE,
                        "answers." + flat.field(),
                        flat.field() + " is sent both as an answer and as the lead's own field"));
            } else {
                byKey.put(flat.field(), flat);
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }

    private static void store(
            FormField field,
            List<String> values,
            Map<LeadKey, String> leadValues,
            List<Attribute> attributes,
            List<InputRejected> faults,
            String at) {
        Optional<LeadKey> leadKey = field.leadKey();
        if (leadKey.isPresent()) {
            leadValues.put(leadKey.get(), values.get(0));
            return;
        }
        try {
            attributes.add(new Attribute(field.key(), String.join(",", values)));
        } catch (InputRejected fault) {
            faults.add(new InputRejected(fault.code(), at, fault.getMessage()));
        }
    }

    /** A flat value the form does not ask for, kept as the caller sent it (the lead's own checks still apply). */
    private static void keep(
            FormAnswer extra, Map<LeadKey, String> leadValues, List<Attribute> attributes, List<InputRejected> faults) {
        Optional<LeadKey> leadKey = LeadKey.of(extra.field());
        if (leadKey.isPresent()) {
            leadValues.putIfAbsent(leadKey.get(), extra.value());
            return;
        }
        try {
            attributes.add(new Attribute(extra.field(), extra.value()));
        } catch (InputRejected fault) {
            faults.add(fault.under("attributes"));
        }
    }

    /** A fault of the lead's own checks, on the answer of the field that fills the lead's field, when there is one. */
    private InputRejected placed(InputRejected fault) {
        for (LeadKey key : LeadKey.values()) {
            if (key.leadField().equals(fault.field()) && field(key.key()).isPresent()) {
                return new InputRejected(fault.code(), "answers." + key.key(), fault.getMessage());
            }
        }
        return fault;
    }
}
