package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.setup.CreateForm;
import dev.switchboard.routing.setup.DeleteForm;
import dev.switchboard.routing.setup.UpdateForm;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Lead forms: where leads come in, each routed by its router. */
@Controller
class FormController {

    record FormView(String id, String name, String routerId) {
        static FormView of(Form form) {
            return new FormView(form.id().value(), form.name(), form.routerId().value());
        }
    }

    record CreateFormInput(String name, String routerId) {}

    record CreateFormPayload(FormView form, List<UserError> errors) {}

    record UpdateFormInput(String formId, String name, String routerId) {}

    record DeleteFormInput(String formId) {}

    /** The payload of updateForm and deleteForm, which have the same shape. */
    record FormPayload(FormView form, List<UserError> errors) {}

    private final CreateForm createForm;
    private final UpdateForm updateForm;
    private final DeleteForm deleteForm;
    private final Forms forms;
    private final Routers routers;

    FormController(CreateForm createForm, UpdateForm updateForm, DeleteForm deleteForm, Forms forms, Routers routers) {
        this.createForm = createForm;
        this.updateForm = updateForm;
        this.deleteForm = deleteForm;
        this.forms = forms;
        this.routers = routers;
    }

    @MutationMapping
    CreateFormPayload createForm(@Argument CreateFormInput input) {
        try {
            return new CreateFormPayload(
                    FormView.of(createForm.create(input.name(), new RouterId(input.routerId()))), List.of());
        } catch (InputRejected rejected) {
            return new CreateFormPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    FormPayload updateForm(@Argument UpdateFormInput input) {
        try {
            return new FormPayload(
                    FormView.of(updateForm.update(
                            new FormId(input.formId()), input.name(), new RouterId(input.routerId()))),
                    List.of());
        } catch (InputRejected rejected) {
            return new FormPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    FormPayload deleteForm(@Argument DeleteFormInput input) {
        try {
            return new FormPayload(FormView.of(deleteForm.delete(new FormId(input.formId()))), List.of());
        } catch (InputRejected rejected) {
            return new FormPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    List<FormView> forms() {
        return forms.all().stream().map(FormView::of).toList();
    }

    @SchemaMapping(typeName = "Form", field = "router")
    RouterView router(FormView form) {
        RouterId id = new RouterId(form.routerId());
        return routers.latest(id)
                .map(r -> RouterView.of(r, routers.liveVersion(id)))
                .orElse(null);
    }
}
