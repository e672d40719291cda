package dev.switchboard.domain.model;

import java.util.Objects;

/** A lead form on a customer's site; the leads it sends go through its router's live version. */
public record Form(FormId id, String name, RouterId routerId) {

    public Form {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, Text.SHORT);
        if (routerId == null) {
            throw InputRejected.required("routerId");
        }
    }
}
