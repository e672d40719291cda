package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;

import java.util.List;
import java.util.Optional;

/** The lead forms of the workspace. */
public interface Forms {

    void add(Form form);

    Optional<Form> byId(FormId id);

    List<Form> all();
}
