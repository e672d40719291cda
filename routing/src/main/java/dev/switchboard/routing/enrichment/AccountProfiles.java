package dev.switchboard.routing.enrichment;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.CompanyProfile;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.CompanyProfiles;
import java.util.Optional;

/**
 * Company profiles from the admin's own account data: the account a domain (or its parent domain)
 * belongs to tells the company's industry, size, revenue and country. No outside service is asked.
 */
public final class AccountProfiles implements CompanyProfiles {

    private final Accounts accounts;

    public AccountProfiles(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<CompanyProfile> forEmailDomain(String domain) {
        return accounts.holdingFirstOf(Account.candidates(domain)).map(Account::profile);
    }
}
