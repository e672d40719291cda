package dev.switchboard.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * A submission checked against a form: the lead's details, with the fields the server filled, and where each form
 * field's value came from.
 */
public record FilledForm(LeadDetails details, List<FieldSource> sources) {

    public FilledForm {
        Objects.requireNonNull(details, "details");
        sources = List.copyOf(sources);
    }
}
