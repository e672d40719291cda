package dev.switchboard.domain.model;

import java.util.Objects;

/**
 * Where one form field's value on a lead came from.
 *
 * @param field the form field's key
 * @param from  what gave it (the account, the earlier lead's id); null when submitted
 */
public record FieldSource(String field, ValueSource source, String from) {

    public FieldSource {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(source, "source");
    }

    public static FieldSource submitted(String field) {
        return new FieldSource(field, ValueSource.SUBMITTED, null);
    }

    public boolean filledByServer() {
        return source != ValueSource.SUBMITTED;
    }
}
