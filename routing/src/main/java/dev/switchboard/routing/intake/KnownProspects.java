package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.KnownFacts;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Leads;
import java.util.Optional;

/**
 * What is known of a prospect by their email: the company profile of the account its domain belongs to, and the
 * newest earlier lead with the same email. Two reads, each one indexed look-up.
 */
final class KnownProspects {

    private final CompanyProfiles profiles;
    private final Leads leads;

    /** @param leads the leads so far; null when earlier leads are not to be consulted */
    KnownProspects(CompanyProfiles profiles, Leads leads) {
        this.profiles = profiles;
        this.leads = leads;
    }

    KnownFacts of(EmailAddress email) {
        return KnownFacts.of(
                profiles.forEmailDomain(email.domain()),
                leads == null ? Optional.empty() : leads.newestWithEmail(email));
    }
}
