package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.setup.CreateAccount;
import dev.switchboard.routing.setup.CreateForm;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;

/** Lead forms and known accounts: what routing needs to know besides routers and pools. */
@Controller
class FormController {

    record FormView(String id, String name, String routerId) {
        static FormView of(Form form) {
            return new FormView(form.id().value(), form.name(), form.routerId().value());
        }
    }

    record AccountView(String id, String name, List<String> domains, String ownerId) {
        static AccountView of(Account account) {
            return new AccountView(account.id().value(), account.name(), account.domains(), account.ownerId().value());
        }
    }

    record CreateFormInput(String name, String routerId) {
    }

    record CreateFormPayload(FormView form, List<UserError> errors) {
    }

    record CreateAccountInput(String name, List<String> domains, String ownerId) {
    }

    record CreateAccountPayload(AccountView account, List<UserError> errors) {
    }

    private final CreateForm createForm;
    private final CreateAccount createAccount;
    private final Forms forms;
    private final Accounts accounts;
    private final Routers routers;
    private final Reps reps;

    FormController(CreateForm createForm, CreateAccount createAccount, Forms forms, Accounts accounts, Routers routers, Reps reps) {
        this.createForm = createForm;
        this.createAccount = createAccount;
        this.forms = forms;
        this.accounts = accounts;
        this.routers = routers;
        this.reps = reps;
    }

    @MutationMapping
    CreateFormPayload createForm(@Argument CreateFormInput input) {
        try {
            return new CreateFormPayload(FormView.of(createForm.create(input.name(), new RouterId(input.routerId()))), List.of());
        } catch (InputRejected rejected) {
            return new CreateFormPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    CreateAccountPayload createAccount(@Argument CreateAccountInput input) {
        try {
            return new CreateAccountPayload(AccountView.of(createAccount.create(input.name(), input.domains(),
                    new RepId(input.ownerId()))), List.of());
        } catch (InputRejected rejected) {
            return new CreateAccountPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    List<FormView> forms() {
        return forms.all().stream().map(FormView::of).toList();
    }

    @QueryMapping
    List<AccountView> accounts() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @SchemaMapping(typeName = "Form", field = "router")
    RouterView router(FormView form) {
        RouterId id = new RouterId(form.routerId());
        return routers.latest(id).map(r -> RouterView.of(r, routers.liveVersion(id))).orElse(null);
    }

    @BatchMapping(typeName = "Account", field = "owner")
    Map<AccountView, RepView> owner(List<AccountView> page) {
        return Batches.load(page, a -> new RepId(a.ownerId()), reps::byIds, RepView::of);
    }
}
