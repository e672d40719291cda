package dev.switchboard.domain.port;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sales reps of the workspace. */
public interface Reps {

    /** Stores a new rep; the email must not belong to another rep ({@code DUPLICATE} on {@code email}). */
    void add(Rep rep);

    /**
     * Replaces a stored rep's details (same id) and counts its version up; a rep that does not exist is not created.
     * An email another rep has is {@code DUPLICATE} on {@code email} and changes nothing.
     */
    default void replace(Rep rep) {
        replace(rep, null);
    }

    /**
     * Replaces a stored rep (same id) whole and counts its version up by one, in one atomic step, only while its
     * version is {@code expectedVersion} (any when null); false, storing nothing, otherwise or when there is no such
     * rep. An email another rep has is {@code DUPLICATE} on {@code email} and changes nothing.
     */
    boolean replace(Rep rep, Integer expectedVersion);

    /** The version of each rep among {@code ids} that exists, in one read: 0 for one never changed. */
    Map<RepId, Integer> versions(Collection<RepId> ids);

    Optional<Rep> byId(RepId id);

    /** The reps among {@code ids} that exist, in one read. */
    Map<RepId, Rep> byIds(Collection<RepId> ids);

    List<Rep> all();

    long count();

    /** A rep's place in the reps' order: by name, then id. */
    static PagePosition position(Rep rep) {
        return new PagePosition(rep.name(), rep.id().value());
    }

    /**
     * Reps by name then id, the {@code limit} just after {@code after} (from the first when null); only the rep
     * with {@code email} when one is given. One indexed query.
     */
    default Slice<Rep> page(int limit, PagePosition after, EmailAddress email) {
        return Slice.after(withEmail(email), Reps::position, after, limit);
    }

    /** How many reps {@link #page} walks through with this {@code email} (all when null), counted by the store. */
    default long count(EmailAddress email) {
        return withEmail(email).size();
    }

    private List<Rep> withEmail(EmailAddress email) {
        return all().stream()
                .filter(r -> email == null || r.email().equals(email))
                .toList();
    }

    /** The reps among {@code emails} that exist, by email as stored, in one read. */
    default Map<EmailAddress, Rep> byEmails(Collection<EmailAddress> emails) {
        Set<EmailAddress> wanted = new HashSet<>(emails);
        Map<EmailAddress, Rep> found = new HashMap<>();
        all().stream().filter(r -> wanted.contains(r.email())).forEach(r -> found.put(r.email(), r));
        return found;
    }

    /**
     * Stores {@code added} (new reps) and replaces {@code replaced} (stored reps, same id) in as few writes as the
     * store allows: a bulk import's batch. Each rep is its own single-document write; one refused leaves the others.
     *
     * @return the ids of the reps not stored because another rep has their email
     */
    default Set<RepId> storeAll(List<Rep> added, List<Rep> replaced) {
        Set<RepId> refused = new HashSet<>();
        for (Rep rep : added) {
            try {
                add(rep);
            } catch (InputRejected duplicate) {
                refused.add(rep.id());
            }
        }
        for (Rep rep : replaced) {
            try {
                replace(rep);
            } catch (InputRejected duplicate) {
                refused.add(rep.id());
            }
        }
        return refused;
    }
}
