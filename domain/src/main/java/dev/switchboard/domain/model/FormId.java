package dev.switchboard.domain.model;

/** Identity of a {@link Form}. */
public record FormId(String value) {

    public FormId {
        value = Ids.check("formId", value);
    }

    public static FormId random() {
        return new FormId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
