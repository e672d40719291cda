package dev.switchboard.domain.model;

import java.util.regex.Pattern;

/** A text in one language, e.g. a label in {@code fr}. */
public record LocalizedText(String language, String text) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public LocalizedText {
        language = language(language, "language");
        text = Text.required("text", text, Text.LONG);
    }

    /** A language tag as forms name them ({@code en}, {@code fr}, {@code pt-BR}). */
    static String language(String tag, String field) {
        String checked = Text.required(field, tag, 16);
        if (!LANGUAGE.matcher(checked).matches()) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, field, field + " must be a language tag such as en, fr or pt-BR");
        }
        return checked;
    }
}
