package dev.switchboard.domain.model;

/** Identity of a router, the same for all its versions. */
public record RouterId(String value) {

    public RouterId {
        value = Ids.check("routerId", value);
    }

    public static RouterId random() {
        return new RouterId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
