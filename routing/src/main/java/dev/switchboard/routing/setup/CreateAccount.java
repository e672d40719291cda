package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Reps;

/** Adds a known company with its domains and owner; a domain can belong to one account only. */
public final class CreateAccount {

    private final Accounts accounts;
    private final Reps reps;

    public CreateAccount(Accounts accounts, Reps reps) {
        this.accounts = accounts;
        this.reps = reps;
    }

    public Account create(AccountCommand command) {
        if (reps.byId(command.ownerId()).isEmpty()) {
            throw InputRejected.notFound("ownerId", "rep", command.ownerId().value());
        }
        Account account = command.toAccount(AccountId.random());
        accounts.add(account);
        return account;
    }
}
