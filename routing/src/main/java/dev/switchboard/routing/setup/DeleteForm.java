package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Forms;

/** Removes a form: it takes no more leads. Leads it sent stay, with their decisions. */
public final class DeleteForm {

    private final Forms forms;

    public DeleteForm(Forms forms) {
        this.forms = forms;
    }

    public Form delete(FormId id) {
        if (id == null) {
            throw InputRejected.required("formId");
        }
        Form form = forms.byId(id).orElseThrow(() -> InputRejected.notFound("formId", "form", id.value()));
        forms.remove(id);
        return form;
    }
}
