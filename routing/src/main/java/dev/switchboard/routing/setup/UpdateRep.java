package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;

/**
 * Changes a rep's name, email or time zone, keeping what the changes leave out ({@link RepChanges}). Decisions
 * already made keep naming the rep by id; an email another rep has is {@code DUPLICATE} on {@code email}, an unknown
 * rep {@code NOT_FOUND} on {@code repId}, and nothing is stored unless all of it holds; {@code STALE} on
 * {@code expectedVersion} when the rep changed since the version the changes were made from (a status change by
 * {@link SetRepStatus} or {@link DeactivateRep} counts the version up too). The check and the write are one
 * conditional single-document update, so of two edits made from one version exactly one lands.
 */
public final class UpdateRep {

    private final Reps reps;

    public UpdateRep(Reps reps) {
        this.reps = reps;
    }

    public Rep update(RepId id, RepChanges changes) {
        if (id == null) {
            throw InputRejected.required("repId");
        }
        Rep existing = reps.byId(id).orElseThrow(() -> InputRejected.notFound("repId", "rep", id.value()));
        Rep updated = changes.applyTo(existing);
        if (!reps.replace(updated, changes.expectedVersion())) {
            if (changes.expectedVersion() != null && reps.byId(id).isPresent()) {
                throw InputRejected.stale("rep", changes.expectedVersion());
            }
            throw InputRejected.notFound("repId", "rep", id.value());
        }
        return updated;
    }
}
