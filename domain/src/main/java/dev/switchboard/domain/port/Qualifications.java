package dev.switchboard.domain.port;

import dev.switchboard.domain.model.rule.Qualification;
import java.util.Optional;

/** The workspace's one qualification setting. */
public interface Qualifications {

    /** The current setting, or empty when the workspace never set one. */
    Optional<Qualification> current();

    void replace(Qualification qualification);
}
