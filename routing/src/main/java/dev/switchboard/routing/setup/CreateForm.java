package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;

/** Adds a lead form routed by an existing router. */
public final class CreateForm {

    private final Forms forms;
    private final Routers routers;

    public CreateForm(Forms forms, Routers routers) {
        this.forms = forms;
        this.routers = routers;
    }

    public Form create(String name, RouterId routerId) {
        if (routerId == null) {
            throw InputRejected.required("routerId");
        }
        Form form = new Form(FormId.random(), name, routerId);
        if (routers.latest(routerId).isEmpty()) {
            throw InputRejected.notFound("routerId", "router", routerId.value());
        }
        forms.add(form);
        return form;
    }
}
