package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import java.util.List;
import java.util.Optional;

/** Known companies and their owners, for lead-to-account matching. */
public interface Accounts {

    /** Stores an account; a domain already held by another account is {@code DUPLICATE} on {@code domains}. */
    void add(Account account);

    /**
     * Replaces a stored account (same id) whole; a domain held by another account is {@code DUPLICATE}
     * on {@code domains} and changes nothing.
     */
    void replace(Account account);

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
