package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.RepId;
import java.math.BigDecimal;
import java.util.List;

/**
 * An account as an admin gives it, to create one or to replace one whole. Checked on building: the
 * same rules as {@link Account}, each naming the field at fault.
 */
public record AccountCommand(
        String name,
        List<String> domains,
        RepId ownerId,
        String industry,
        Integer employees,
        BigDecimal annualRevenue,
        String country) {

    public AccountCommand {
        // Building the account once runs every check; the id is a stand-in until the use case picks one.
        Account checked = new Account(
                new AccountId("unsaved"), name, domains, ownerId, industry, employees, annualRevenue, country);
        name = checked.name();
        domains = checked.domains();
        industry = checked.industry();
        country = checked.country();
    }

    /** An account known by its name, domains and owner only. */
    public AccountCommand(String name, List<String> domains, RepId ownerId) {
        this(name, domains, ownerId, null, null, null, null);
    }

    Account toAccount(AccountId id) {
        return new Account(id, name, domains, ownerId, industry, employees, annualRevenue, country);
    }
}
