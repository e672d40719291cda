package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Reps;

/**
 * Changes an account: name, domains, owner and what is known of the company, each left as it is unless
 * given ({@link AccountChanges}). Leads already routed keep their decisions; the next lead from its domains
 * sees the changed account. {@code NOT_FOUND} on {@code accountId} or {@code ownerId}; nothing is stored
 * unless all of it holds; {@code STALE} on {@code expectedVersion} when the account changed since the version the
 * changes were made from.
 */
public final class UpdateAccount {

    private final Accounts accounts;
    private final Reps reps;

    public UpdateAccount(Accounts accounts, Reps reps) {
        this.accounts = accounts;
        this.reps = reps;
    }

    public Account update(AccountId id, AccountChanges changes) {
        if (id == null) {
            throw InputRejected.required("accountId");
        }
        Account existing =
                accounts.byId(id).orElseThrow(() -> InputRejected.notFound("accountId", "account", id.value()));
        Account account = changes.applyTo(existing);
        if (!changes.ownerId().isKept() && reps.byId(account.ownerId()).isEmpty()) {
            throw InputRejected.notFound("ownerId", "rep", account.ownerId().value());
        }
        if (!accounts.replace(account, changes.expectedVersion())) {
            if (changes.expectedVersion() != null && accounts.byId(id).isPresent()) {
                throw InputRejected.stale("account", changes.expectedVersion());
            }
            throw InputRejected.notFound("accountId", "account", id.value());
        }
        return account;
    }

    /** Replaces the account whole. */
    public Account update(AccountId id, AccountCommand command) {
        return update(id, AccountChanges.whole(command));
    }
}
