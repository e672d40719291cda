package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * A choice of a select field: the value sent and stored, and its label per language. Values hold no comma, because a
 * multi-select's values are stored joined by commas.
 */
public record FieldOption(String value, Localized label) {

    public static final int MAX_VALUE = 100;

    public FieldOption {
        value = Text.required("value", value, MAX_VALUE);
        if (value.indexOf(',') >= 0) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "value", "an option's value holds no comma");
        }
        Objects.requireNonNull(label, "label");
    }
}
