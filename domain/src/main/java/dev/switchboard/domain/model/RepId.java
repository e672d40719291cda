package dev.switchboard.domain.model;

/** Identity of a {@link Rep}: an opaque string, a random UUID when made here. */
public record RepId(String value) {

    public RepId {
        value = Ids.check("repId", value);
    }

    public static RepId random() {
        return new RepId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
