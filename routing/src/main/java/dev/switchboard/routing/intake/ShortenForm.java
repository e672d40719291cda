package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import java.util.List;

/**
 * Tells which fields of a form a prospect may leave out because the server knows them already for their email (see
 * {@link dev.switchboard.domain.model.FormDefinition#skippable}). The answer names fields only, never a value: it
 * goes to an anonymous visitor, who must not learn what is stored. {@link SubmitLead} fills those fields itself by
 * the same decision.
 */
public final class ShortenForm {

    private final Forms forms;
    private final KnownProspects known;

    public ShortenForm(Forms forms, CompanyProfiles profiles, Leads leads) {
        this.forms = forms;
        this.known = new KnownProspects(profiles, leads);
    }

    /**
     * @return the keys of the fields to skip, in the form's order; empty for a classic form
     * @throws InputRejected NOT_FOUND on {@code formId} for an unknown form, INVALID_FORMAT on {@code email}
     */
    public List<String> skippable(FormId formId, String email) {
        if (formId == null) {
            throw InputRejected.required("formId");
        }
        EmailAddress address = new EmailAddress(email);
        Form form = forms.byId(formId).orElseThrow(() -> InputRejected.notFound("formId", "form", formId.value()));
        if (form.definition().classic()) {
            return List.of();
        }
        return form.definition().skippable(known.of(address));
    }
}
