package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormDefinition;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Routers;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Saves a form's next version: its name, its router and what it asks. The next lead is checked against that version
 * and goes through that router's live version; the version before stays readable.
 */
public final class UpdateForm {

    private final Forms forms;
    private final Routers routers;
    private final Clock clock;

    public UpdateForm(Forms forms, Routers routers, Clock clock) {
        this.forms = forms;
        this.routers = routers;
        this.clock = clock;
    }

    /**
     * @param definition      the new definition; null keeps the current version's
     * @param expectedVersion when given, the save is refused with {@code STALE} on {@code expectedVersion} unless
     *                        the current version is this one, also when another save lands at the same moment
     */
    public Form update(FormId id, String name, RouterId routerId, FormDefinition definition, Integer expectedVersion) {
        if (id == null) {
            throw InputRejected.required("formId");
        }
        Form current = forms.byId(id).orElseThrow(() -> InputRejected.notFound("formId", "form", id.value()));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw InputRejected.stale("form", expectedVersion);
        }
        Form next = current.next(
                name,
                routerId,
                definition == null ? current.definition() : definition,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (routers.latest(routerId).isEmpty()) {
            throw InputRejected.notFound("routerId", "router", routerId.value());
        }
        try {
            forms.addVersion(next);
        } catch (InputRejected taken) {
            // Another save took the next version between the read and this write: stale too.
            if (expectedVersion != null && taken.code() == ErrorCode.DUPLICATE) {
                throw InputRejected.stale("form", expectedVersion);
            }
            throw taken;
        }
        return next;
    }
}
