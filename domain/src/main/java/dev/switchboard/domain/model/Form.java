package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead form on a customer's site, as one version of it: its name, the router whose live version routes its leads,
 * and what it asks and says. Every save makes the next version; older versions stay readable, and each lead records
 * the version it came through.
 *
 * @param version the definition version number, from 1
 * @param savedAt when this version was saved; null for a form stored before forms had versions
 */
public record Form(FormId id, String name, RouterId routerId, int version, FormDefinition definition, Instant savedAt) {

    public Form {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, Text.SHORT);
        if (routerId == null) {
            throw InputRejected.required("routerId");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions are numbered from 1: " + version);
        }
        definition = definition == null ? FormDefinition.CLASSIC : definition;
    }

    /** Version 1 of a classic form (no fields). */
    public Form(FormId id, String name, RouterId routerId) {
        this(id, name, routerId, 1, FormDefinition.CLASSIC, null);
    }

    /** The version saved after this one. */
    public Form next(String name, RouterId routerId, FormDefinition definition, Instant savedAt) {
        return new Form(id, name, routerId, version + 1, definition, savedAt);
    }
}
