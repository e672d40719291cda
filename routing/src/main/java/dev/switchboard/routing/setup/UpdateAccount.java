package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Reps;

/**
 * Replaces an account whole: name, domains, owner and what is known of the company. Leads already
 * routed keep their decisions; the next lead from its domains sees the new account.
 */
public final class UpdateAccount {

    private final Accounts accounts;
    private final Reps reps;

    public UpdateAccount(Accounts accounts, Reps reps) {
        this.accounts = accounts;
        this.reps = reps;
    }

    public Account update(AccountId id, AccountCommand command) {
        if (id == null) {
            throw InputRejected.required("accountId");
        }
        if (accounts.byId(id).isEmpty()) {
            throw InputRejected.notFound("accountId", "account", id.value());
        }
        if (reps.byId(command.ownerId()).isEmpty()) {
            throw InputRejected.notFound("ownerId", "rep", command.ownerId().value());
        }
        Account account = command.toAccount(id);
        accounts.replace(account);
        return account;
    }
}
