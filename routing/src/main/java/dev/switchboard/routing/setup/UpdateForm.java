package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;

/** Renames a form or points it at another router; its next lead goes through that router's live version. */
public final class UpdateForm {

    private final Forms forms;
    private final Routers routers;

    public UpdateForm(Forms forms, Routers routers) {
        this.forms = forms;
        this.routers = routers;
    }

    public Form update(FormId id, String name, RouterId routerId) {
        if (id == null) {
            throw InputRejected.required("formId");
        }
        Form form = new Form(id, name, routerId);
        if (forms.byId(id).isEmpty()) {
            throw InputRejected.notFound("formId", "form", id.value());
        }
        if (routers.latest(routerId).isEmpty()) {
            throw InputRejected.notFound("routerId", "router", routerId.value());
        }
        forms.replace(form);
        return form;
    }
}
