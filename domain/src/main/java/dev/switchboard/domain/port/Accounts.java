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
     * Each account among {@code ids} that exists (the absent are left out): one read in a store that can, one
     * {@link #byId} per id in this default.
     */
    default Map<AccountId, Account> byIds(Collection<AccountId> ids) {
        Map<AccountId, Account> found = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> byId(id).ifPresent(account -> found.put(id, account)));
        return found;
    }

    /**
     * The account holding the first of {@code domains} that any account holds, in one read.
     * Callers pass a lead's domain and its parents, most specific first (see {@link Account#candidates}).
     */
    Optional<Account> holdingFirstOf(List<String> domains);

    List<Account> all();

    /**
     * Accounts by name then id, the {@code limit} just after {@code after} (from the first when null); only the
     * account holding {@code domain} (lower case) when one is given. One indexed query.
     */
    default Slice<Account> page(int limit, PagePosition after, String domain) {
        return Slice.after(holding(domain), a -> new PagePosition(a.name(), a.id().value()), after, limit);
    }

    /** How many accounts {@link #page} walks through with this {@code domain} (all when null), counted by the store. */
    default long count(String domain) {
        return holding(domain).size();
    }

    private List<Account> holding(String domain) {
        return all().stream()
                .filter(a -> domain == null || a.domains().contains(domain))
                .toList();
    }

    /** Every account holding any of {@code domains}, each once, in one read. */
    default List<Account> holdingAny(Collection<String> domains) {
        java.util.Set<String> wanted = new java.util.HashSet<>(domains);
        return all().stream()
                .filter(a -> a.domains().stream().anyMatch(wanted::contains))
                .toList();
    }

    /**
     * Stores {@code added} (new accounts) and replaces {@code replaced} (stored accounts, same id, whole, their
     * versions counted up) in as few writes as the store allows: a bulk import's batch. Each account is its own
     * single-document write; one refused leaves the others stored.
     *
     * @return the ids of the accounts not stored because one of their domains belongs to another account
     */
    default java.util.Set<AccountId> storeAll(List<Account> added, List<Account> replaced) {
        java.util.Set<AccountId> refused = new java.util.HashSet<>();
        for (Account account : added) {
            try {
                add(account);
            } catch (dev.switchboard.domain.model.InputRejected duplicate) {
                refused.add(account.id());
            }
        }
        for (Account account : replaced) {
            try {
                replace(account);
            } catch (dev.switchboard.domain.model.InputRejected duplicate) {
                refused.add(account.id());
            }
        }
        return refused;
    }
}
