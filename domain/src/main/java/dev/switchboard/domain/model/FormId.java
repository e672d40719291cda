package dev.switchboard.domain.model;

import java.util.UUID;

/** Identity of a {@link Form}. */
public record FormId(String value) {

    public FormId {
        value = Ids.check("formId", value);
    }

    public static FormId random() {
        return new FormId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
