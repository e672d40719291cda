package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Known companies and their owners, for lead-to-account matching. */
public interface Accounts {

    /** Stores an account; a domain already held by another account is {@code DUPLICATE} on {@code domains}. */
    void add(Account account);

    /**
     * Replaces a stored account (same id) whole; a domain held by another account is {@code DUPLICATE}
     * on {@code domains} and changes nothing.
     */
    default void replace(Account account) {
        replace(account, null);
    }

    /**
     * Replaces a stored account (same id) whole and counts its version up by one, in one atomic step, only while its
     * version is {@code expectedVersion} (any when null); false, storing nothing, otherwise or when there is no such
     * account. A domain held by another account is {@code DUPLICATE} on {@code domains} and changes nothing.
     */
    boolean replace(Account account, Integer expectedVersion);

    /** The version of each account among {@code ids} that exists, in one read: 0 for one never changed. */
    Map<AccountId, Integer> versions(Collection<AccountId> ids);

    /** Removes the account; nothing happens when there is none. */
    void remove(AccountId id);

    Optional<Account> byId(AccountId id);

    /**
     * The account holding the first of {@code domains} that any account holds, in one read.
     * Callers pass a lead's domain and its parents, most specific first (see {@link Account#candidates}).
     */
    Optional<Account> holdingFirstOf(List<String> domains);

    List<Account> all();
}
