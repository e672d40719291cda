package dev.switchboard.domain.port;

import dev.switchboard.domain.model.rule.Qualification;
import java.util.Optional;

/** The workspace's one qualification setting. */
public interface Qualifications {

    /** The current setting, or empty when the workspace never set one. */
    Optional<Qualification> current();

    default void replace(Qualification qualification) {
        replace(qualification, null);
    }

    /**
     * Stores the setting and counts its version up by one, in one atomic step, only while its version is
     * {@code expectedVersion} (any when null); false, storing nothing, otherwise.
     */
    boolean replace(Qualification qualification, Integer expectedVersion);

    /** The setting's version: 0 before its first change, counted up by one by each. */
    int version();

    /**
     * The setting and its version as stored at this moment, read together from the store itself: the base of a
     * change. {@link #current()} may answer from a short-lived copy, which a change must not build on, or it would
     * write back an older setting under a newer version.
     */
    default Stored stored() {
        return new Stored(current(), version());
    }

    /** What {@link #stored()} answers. */
    record Stored(Optional<Qualification> qualification, int version) {}
}
