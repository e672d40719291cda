package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Account;

import java.util.List;
import java.util.Optional;

/** Known companies and their owners, for lead-to-account matching. */
public interface Accounts {

    /** Stores an account; a domain already held by another account is {@code DUPLICATE} on {@code domains}. */
    void add(Account account);

    /**
     * The account holding the first of {@code domains} that any account holds, in one read.
     * Callers pass a lead's domain and its parents, most specific first (see {@link Account#candidates}).
     */
    Optional<Account> holdingFirstOf(List<String> domains);

    List<Account> all();
}
