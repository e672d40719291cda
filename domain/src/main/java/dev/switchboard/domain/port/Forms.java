package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import java.util.List;
import java.util.Optional;

/** The lead forms of the workspace. */
public interface Forms {

    void add(Form form);

    /** Replaces a stored form (same id); one that does not exist is not created. */
    void replace(Form form);

    /** Removes the form; nothing happens when there is none. */
    void remove(FormId id);

    Optional<Form> byId(FormId id);

    List<Form> all();
}
