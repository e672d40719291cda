package dev.switchboard.api.graphql;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Refused;
import dev.switchboard.api.graphql.FormInputs.FormDefinitionInput;
import dev.switchboard.api.graphql.FormViews.FormVersionView;
import dev.switchboard.api.graphql.FormViews.FormView;
import dev.switchboard.api.graphql.FormViews.WidgetFormView;
import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.intake.ShortenForm;
import dev.switchboard.routing.setup.CreateForm;
import dev.switchboard.routing.setup.DeleteForm;
import dev.switchboard.routing.setup.UpdateForm;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Lead forms: where leads come in, what each asks (versioned), and what its widget reads. */
@Controller
class FormController {

    record CreateFormInput(String name, String routerId, FormDefinitionInput definition) {}

    record CreateFormPayload(FormView form, List<UserError> errors) {}

    record UpdateFormInput(
            String formId, String name, String routerId, FormDefinitionInput definition, Integer expectedVersion) {}

    record DeleteFormInput(String formId) {}

    /** The payload of updateForm and deleteForm, which have the same shape. */
    record FormPayload(FormView form, List<UserError> errors) {
        /** DeleteFormPayload.deletedId: the one shape every delete answers. */
        public String deletedId() {
            return form == null ? null : form.id();
        }
    }

    record FormShorteningInput(String formId, String email) {}

    record FormShorteningPayload(List<String> skipFields, List<UserError> errors) {}

    private final CreateForm createForm;
    private final UpdateForm updateForm;
    private final DeleteForm deleteForm;
    private final ShortenForm shortenForm;
    private final Forms forms;
    private final Routers routers;

    FormController(
            CreateForm createForm,
            UpdateForm updateForm,
            DeleteForm deleteForm,
            ShortenForm shortenForm,
            Forms forms,
            Routers routers) {
        this.createForm = createForm;
        this.updateForm = updateForm;
        this.deleteForm = deleteForm;
        this.shortenForm = shortenForm;
        this.forms = forms;
        this.routers = routers;
    }

    @MutationMapping
    CreateFormPayload createForm(@Argument CreateFormInput input) {
        try {
            return new CreateFormPayload(
                    FormView.of(createForm.create(
                            input.name(), new RouterId(input.routerId()), FormInputs.definition(input.definition()))),
                    List.of());
        } catch (InputRejected rejected) {
            return new CreateFormPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new CreateFormPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    FormPayload updateForm(@Argument UpdateFormInput input) {
        try {
            return new FormPayload(
                    FormView.of(updateForm.update(
                            new FormId(input.formId()),
                            input.name(),
                            new RouterId(input.routerId()),
                            FormInputs.definition(input.definition()),
                            input.expectedVersion())),
                    List.of());
        } catch (InputRejected rejected) {
            return new FormPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
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
    Connection<FormView> forms(@Argument Integer first, @Argument String after) {
        return Connection.of(
                forms.page(Connection.limit(first), Cursor.FORMS.decode(after)),
                f -> Cursor.FORMS.encode(new PagePosition(f.name(), f.id().value())),
                FormView::of,
                forms::count);
    }

    @QueryMapping
    FormView form(@Argument String id) {
        return forms.byId(new FormId(id)).map(FormView::of).orElse(null);
    }

    @QueryMapping
    FormVersionView formVersion(@Argument String formId, @Argument int version) {
        return forms.version(new FormId(formId), version)
                .map(FormVersionView::of)
                .orElse(null);
    }

    @SchemaMapping(typeName = "Form", field = "versions")
    List<FormVersionView> versions(FormView form) {
        return forms.versions(new FormId(form.id())).stream()
                .map(FormVersionView::of)
                .toList();
    }

    /** A widget key reads its own form, and no other: the key names the form, the request cannot. */
    @QueryMapping
    WidgetFormView widgetForm(@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (!(caller instanceof Caller.Widget widget)) {
            return null;
        }
        return forms.byId(widget.formId()).map(WidgetFormView::of).orElse(null);
    }

    @QueryMapping
    FormShorteningPayload formShortening(
            @Argument FormShorteningInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        String formId = input.formId();
        if (caller instanceof Caller.Widget widget) {
            if (formId != null && !formId.equals(widget.formId().value())) {
                throw new Refused("FORBIDDEN", "a widget key asks about its own form only");
            }
            formId = widget.formId().value();
        }
        try {
            return new FormShorteningPayload(
                    shortenForm.skippable(formId == null ? null : new FormId(formId), input.email()), List.of());
        } catch (InputRejected rejected) {
            return new FormShorteningPayload(List.of(), UserError.of(rejected));
        }
    }

    @SchemaMapping(typeName = "Form", field = "router")
    RouterView router(FormView form) {
        return routerOf(form.routerId());
    }

    @SchemaMapping(typeName = "FormVersion", field = "router")
    RouterView versionRouter(FormVersionView version) {
        return routerOf(version.routerId());
    }

    private RouterView routerOf(String routerId) {
        RouterId id = new RouterId(routerId);
        return routers.latest(id)
                .map(r -> RouterView.of(r, routers.liveVersion(id)))
                .orElse(null);
    }
}
