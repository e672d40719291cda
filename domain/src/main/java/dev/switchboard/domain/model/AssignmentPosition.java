package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A place in a list of assignments ordered by decision time, ties broken by id. */
public record AssignmentPosition(Instant decidedAt, AssignmentId id) {

    public AssignmentPosition {
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(id, "id");
    }
}
