package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;

/**
 * Forgets an account: its domains stop matching, so the account-owner rules send its next leads to
 * their fallback. Decisions already made keep their explanations.
 */
public final class DeleteAccount {

    private final Accounts accounts;

    public DeleteAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account delete(AccountId id) {
        if (id == null) {
            throw InputRejected.required("accountId");
        }
        Account account =
                accounts.byId(id).orElseThrow(() -> InputRejected.notFound("accountId", "account", id.value()));
        accounts.remove(id);
        return account;
    }
}
