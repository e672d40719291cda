package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Adds a lead form routed by an existing router, as its version 1. */
public final class CreateForm {

    private final Forms forms;
    private final Routers routers;
    private final Clock clock;

    public CreateForm(Forms forms, Routers routers, Clock clock) {
        this.forms = forms;
        this.routers = routers;
        this.clock = clock;
    }

    /** @param definition what the form asks and says; null for a classic form */
    public Form create(String name, RouterId routerId, FormDefinition definition) {
        if (routerId == null) {
            throw InputRejected.required("routerId");
        }
        Form form = new Form(
                FormId.random(), name, routerId, 1, definition, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (routers.latest(routerId).isEmpty()) {
            throw InputRejected.notFound("routerId", "router", routerId.value());
        }
        forms.add(form);
        return form;
    }
}
