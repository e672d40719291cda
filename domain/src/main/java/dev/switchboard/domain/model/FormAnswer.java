package dev.switchboard.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer to a form field, by the field's key, as the caller sent it: {@code value} for most kinds,
 * {@code values} for a multi-select. It is read against the field when the form is checked.
 */
public record FormAnswer(String field, String value, List<String> values) {

    public FormAnswer {
        values = values == null ? null : List.copyOf(values);
    }

    public static FormAnswer of(String field, String value) {
        return new FormAnswer(field, value, null);
    }

    /** Everything sent, single value first. */
    List<String> given() {
        List<String> all = new ArrayList<>();
        if (value != null) {
            all.add(value);
        }
        if (values != null) {
            all.addAll(values);
        }
        return all;
    }

    /** Whether it sends both a value and values, which no field takes. */
    boolean mixed() {
        return value != null && values != null && !values.isEmpty();
    }
}
