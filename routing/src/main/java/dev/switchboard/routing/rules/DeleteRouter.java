package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;
import java.util.List;

/**
 * Retires a router: it is no longer listed, routes nothing and takes no form. A router that a form
 * routes through is refused ({@code IN_USE}, naming the forms): point them at another router, or
 * delete them, first. Its versions are kept, so the decisions it made can still be explained.
 */
public final class DeleteRouter {

    private final Routers routers;
    private final Forms forms;

    public DeleteRouter(Routers routers, Forms forms) {
        this.routers = routers;
        this.forms = forms;
    }

    /** @return the newest version as it was */
    public Router delete(RouterId id) {
        if (id == null) {
            throw InputRejected.required("routerId");
        }
        Router newest = routers.latest(id).orElseThrow(() -> InputRejected.notFound("routerId", "router", id.value()));
        List<String> using = forms.all().stream()
                .filter(form -> form.routerId().equals(id))
                .map(Form::name)
                .toList();
        if (!using.isEmpty()) {
            throw new InputRejected(
                    ErrorCode.IN_USE,
                    "routerId",
                    "router " + newest.name() + " routes the forms " + String.join(", ", using)
                            + "; point them at another router first");
        }
        routers.delete(id);
        return newest;
    }
}
