package dev.switchboard.domain.port;

import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sales reps of the workspace. */
public interface Reps {

    /** Stores a new rep; the email must not belong to another rep ({@code DUPLICATE} on {@code email}). */
    void add(Rep rep);

    /**
     * Replaces a stored rep's details (same id); a rep that does not exist is not created. An email another rep has
     * is {@code DUPLICATE} on {@code email} and changes nothing.
     */
    void replace(Rep rep);

    Optional<Rep> byId(RepId id);

    /** The reps among {@code ids} that exist, in one read. */
    Map<RepId, Rep> byIds(Collection<RepId> ids);

    List<Rep> all();

    long count();
}
