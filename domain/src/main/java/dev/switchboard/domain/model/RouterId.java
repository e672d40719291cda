package dev.switchboard.domain.model;

import java.util.UUID;

/** Identity of a router, the same for all its versions. */
public record RouterId(String value) {

    public RouterId {
        value = Ids.check("routerId", value);
    }

    public static RouterId random() {
        return new RouterId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
