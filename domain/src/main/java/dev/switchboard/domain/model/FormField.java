package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of a form. Its key is stable across versions and names the lead field it fills ({@link LeadKey}) or,
 * for any other key, the custom attribute it is stored as.
 *
 * @param required  an answer is needed while the field is shown; for a consent, the box must be ticked
 * @param options   the choices of a select, in order; empty for other kinds
 * @param fromParam for a hidden field, the URL parameter the widget fills it from; null otherwise
 * @param showWhen  the field is shown (and checked) only while this holds; null: always
 */
public record FormField(
        String key,
        FieldKind kind,
        boolean required,
        Localized label,
        Localized help,
        List<FieldOption> options,
        FieldValidation validation,
        String fromParam,
        ShowWhen showWhen) {

    public static final int MAX_KEY = 64;
    public static final int MAX_OPTIONS = 100;

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern PARAM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{5,40}");

    public FormField {
        key = Text.required("key", key, MAX_KEY);
        if (!KEY.matcher(key).matches()) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    "key",
                    "key must start with a letter and hold only letters, digits, '_' and '-'");
        }
        if (kind == null) {
            throw InputRejected.required("kind");
        }
        label = label == null ? Localized.NONE : label;
        help = help == null ? Localized.NONE : help;
        options = options == null ? List.of() : List.copyOf(options);
        validation = validation == null ? FieldValidation.NONE : validation;
        checkOptions(kind, options);
        fromParam = Text.optional("fromParam", fromParam, 64);
        if (kind == FieldKind.HIDDEN && fromParam == null) {
            throw new InputRejected(
                    ErrorCode.REQUIRED, "fromParam", "a HIDDEN field names the URL parameter it is filled from");
        }
        if (kind != FieldKind.HIDDEN && fromParam != null) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "fromParam", "only a HIDDEN field has fromParam");
        }
        if (fromParam != null && !PARAM.matcher(fromParam).matches()) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "fromParam", "fromParam holds only letters, digits, '_', '.' and '-'");
        }
        checkValidation(kind, validation);
        String own = key;
        if (showWhen != null && showWhen.field().equals(own)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "showWhen.field", "a field cannot depend on itself");
        }
        Optional<LeadKey> leadKey = LeadKey.of(key);
        if (leadKey.isPresent()) {
            checkFits(leadKey.get(), kind, options);
        }
    }

    private static void checkOptions(FieldKind kind, List<FieldOption> options) {
        if (!kind.choices()) {
            if (!options.isEmpty()) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "options", "only SELECT and MULTI_SELECT have options");
            }
            return;
        }
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "options", kind + " needs 1 to " + MAX_OPTIONS + " options");
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (!values.add(options.get(i).value())) {
                throw new InputRejected(
                        ErrorCode.DUPLICATE,
                        "options[" + i + "].value",
                        "option " + options.get(i).value() + " is given twice");
            }
        }
    }

    private static void checkValidation(FieldKind kind, FieldValidation validation) {
        boolean text = kind == FieldKind.TEXT
                || kind == FieldKind.EMAIL
                || kind == FieldKind.PHONE
                || kind == FieldKind.HIDDEN;
        if (!text && (validation.minLength() != null || validation.maxLength() != null)) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "validation.minLength", "only text fields have minLength and maxLength");
        }
        if (!text && validation.pattern() != null) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "validation.pattern", "only text fields have a pattern");
        }
        if (kind != FieldKind.NUMBER && validation.bounded()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "validation.min", "only NUMBER fields have min and max");
        }
    }

    private static void checkFits(LeadKey leadKey, FieldKind kind, List<FieldOption> options) {
        if (!leadKey.takes(kind)) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    "kind",
                    leadKey.key() + " fills the lead's " + leadKey.leadField() + ": its kind is one of "
                            + leadKey.kinds().stream().sorted().toList());
        }
        if (leadKey.type() != LeadKey.Type.TEXT) {
            for (int i = 0; i < options.size(); i++) {
                if (number(options.get(i).value(), leadKey.type() == LeadKey.Type.WHOLE) == null) {
                    throw new InputRejected(
                            ErrorCode.INVALID_FORMAT,
                            "options[" + i + "].value",
                            leadKey.key() + "'s options are "
                                    + (leadKey.type() == LeadKey.Type.WHOLE ? "whole numbers" : "numbers"));
                }
            }
        }
    }

    /** The lead field this fills, if it is not a custom attribute. */
    public Optional<LeadKey> leadKey() {
        return LeadKey.of(key);
    }

    /**
     * Reads an answer: its values made canonical (trimmed, the email's domain lower-cased, a country as its code, a
     * consent as true or false, a number in plain decimal), or the fault, on {@code field}. No values: unanswered.
     */
    Reading read(List<String> given, String field) {
        List<String> values = new ArrayList<>();
        for (String value : given) {
            String trimmed = value == null ? null : value.strip();
            if (trimmed != null && !trimmed.isEmpty()) {
                values.add(trimmed);
            }
        }
        if (values.isEmpty()) {
            return Reading.unanswered();
        }
        if (kind != FieldKind.MULTI_SELECT && values.size() > 1) {
            return Reading.fault(new InputRejected(ErrorCode.INVALID_FORMAT, field, key + " takes one value"));
        }
        try {
            return kind == FieldKind.MULTI_SELECT
                    ? Reading.of(choices(values, field))
                    : Reading.of(one(values.get(0), field));
        } catch (InputRejected fault) {
            return Reading.fault(fault);
        }
    }

    private List<String> choices(List<String> values, String field) {
        Set<String> picked = new LinkedHashSet<>();
        for (String value : values) {
            picked.add(option(value, field));
        }
        return List.copyOf(picked);
    }

    private String option(String value, String field) {
        if (options.stream().noneMatch(o -> o.value().equals(value))) {
            throw new InputRejected(ErrorCode.NOT_AN_OPTION, field, value + " is not one of " + key + "'s options");
        }
        return value;
    }

    private String one(String value, String field) {
        String read = switch (kind) {
            case EMAIL -> email(value, field);
            case PHONE -> phone(value, field);
            case NUMBER -> number(value, field);
            case SELECT -> option(value, field);
            case COUNTRY ->
                Countries.code(value)
                        .orElseThrow(() -> new InputRejected(
                                ErrorCode.INVALID_FORMAT, field, value + " is not a country we know"));
            case CONSENT -> consent(value, field);
            default -> text(value, field);
        };
        checkLength(read, field);
        if (!validation.matches(read)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, key + " does not have the expected form");
        }
        leadKey().ifPresent(k -> checkFor(k, read, field));
        return read;
    }

    private String text(String value, String field) {
        return Text.optional(field, value, Text.LONG);
    }

    private static String email(String value, String field) {
        try {
            return new EmailAddress(value).value();
        } catch (InputRejected e) {
            throw new InputRejected(e.code(), field, e.getMessage());
        }
    }

    private String phone(String value, String field) {
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches() || digits < 5 || digits > 20) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, key + " is not a phone number");
        }
        return value;
    }

    private String number(String value, String field) {
        BigDecimal number = number(value, false);
        if (number == null) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, key + " is not a number");
        }
        if (validation.min() != null && number.compareTo(validation.min()) < 0) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    field,
                    key + " must be at least " + validation.min().toPlainString());
        }
        if (validation.max() != null && number.compareTo(validation.max()) > 0) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    field,
                    key + " must be at most " + validation.max().toPlainString());
        }
        return number.toPlainString();
    }

    private static String consent(String value, String field) {
        String answer = value.toLowerCase(Locale.ROOT);
        if (!answer.equals("true") && !answer.equals("false")) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, "a consent is answered true or false");
        }
        return answer;
    }

    private void checkLength(String value, String field) {
        if (validation.minLength() != null && value.length() < validation.minLength()) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, field, key + " needs at least " + validation.minLength() + " characters");
        }
        if (validation.maxLength() != null && value.length() > validation.maxLength()) {
            throw InputRejected.tooLong(field, validation.maxLength());
        }
    }

    /** What the lead's own field can hold: its length, a whole number of employees, a score in range. */
    private static void checkFor(LeadKey leadKey, String value, String field) {
        if (leadKey.type() == LeadKey.Type.TEXT) {
            if (value.length() > leadKey.maxLength()) {
                throw InputRejected.tooLong(field, leadKey.maxLength());
            }
            return;
        }
        BigDecimal number = number(value, leadKey.type() == LeadKey.Type.WHOLE);
        if (number == null) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    field,
                    leadKey.key() + " is " + (leadKey.type() == LeadKey.Type.WHOLE ? "a whole number" : "a number"));
        }
        if (leadKey == LeadKey.COMPANY_SIZE
                && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(LeadDetails.MAX_EMPLOYEES)) > 0)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, field, "companySize must be between 0 and " + LeadDetails.MAX_EMPLOYEES);
        }
        if (leadKey == LeadKey.SCORE && number.abs().compareTo(BigDecimal.valueOf(LeadDetails.MAX_SCORE)) > 0) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    field,
                    "score must be between -" + LeadDetails.MAX_SCORE + " and " + LeadDetails.MAX_SCORE);
        }
    }

    /** The number written, or null when it is not one (or not whole when a whole one is wanted). */
    static BigDecimal number(String value, boolean whole) {
        if (value.length() > 40) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.scale() < -20 || number.precision() > 40) {
                return null;
            }
            if (whole) {
                return number.stripTrailingZeros().scale() <= 0
                                && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                        ? number.setScale(0)
                        : null;
            }
            return number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An answer read: its canonical values, or why it was refused. */
    record Reading(List<String> values, InputRejected fault) {
        Reading {
            values = List.copyOf(values);
        }

        static Reading unanswered() {
            return new Reading(List.of(), null);
        }

        static Reading of(String value) {
            return new Reading(List.of(value), null);
        }

        static Reading of(List<String> values) {
            return new Reading(values, null);
        }

        static Reading fault(InputRejected fault) {
            return new Reading(List.of(), Objects.requireNonNull(fault));
        }

        boolean answered() {
            return !values.isEmpty();
        }
    }
}
