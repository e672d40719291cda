package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A place in the newest-first order of leads: by submission time, ties broken by id. */
public record LeadPosition(Instant submittedAt, LeadId id) {

    public LeadPosition {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(id, "id");
    }
}
