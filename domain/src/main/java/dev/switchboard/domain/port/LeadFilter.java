package dev.switchboard.domain.port;

import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.Lead;
import java.time.Instant;

/**
 * Which leads a list holds; each part left null leaves the list unfiltered by it.
 *
 * @param email         leads with this email, in any case (matched by {@link ContactKeys#email})
 * @param form          leads that came through this form
 * @param submittedFrom leads submitted at or after this instant
 * @param submittedTo   leads submitted before this instant
 */
public record LeadFilter(EmailAddress email, FormId form, Instant submittedFrom, Instant submittedTo) {

    public static final LeadFilter ANY = new LeadFilter(null, null, null, null);

    /** The email as leads are matched by it; null when not filtered by email. */
    public String emailKey() {
        return email == null ? null : ContactKeys.of(email, null).email();
    }

    /** Whether {@code lead} is in the list: for lists held in memory, stores filter in their queries. */
    public boolean matches(Lead lead) {
        return (email == null
                        || emailKey().equals(ContactKeys.of(lead.details()).email()))
                && (form == null || form.equals(lead.formId()))
                && (submittedFrom == null || !lead.submittedAt().isBefore(submittedFrom))
                && (submittedTo == null || lead.submittedAt().isBefore(submittedTo));
    }
}
