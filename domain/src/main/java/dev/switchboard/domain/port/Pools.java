package dev.switchboard.domain.port;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The round-robin pools of the workspace. */
public interface Pools {

    void add(Pool pool);

    /** Replaces a stored pool's whole definition (same id); false, storing nothing, when there is no such pool. */
    default boolean replace(Pool pool) {
        return replace(pool, null);
    }

    /**
     * Replaces a stored pool's whole definition (same id) and counts its version up by one, in one atomic step, only
     * while its version is {@code expectedVersion} (any version when null); false, storing nothing, otherwise or
     * when there is no such pool. Of two replaces expecting one version, exactly one succeeds.
     */
    boolean replace(Pool pool, Integer expectedVersion);

    /**
     * The version of each pool among {@code ids} that exists, in one read: 0 for a pool never changed, counted up by
     * one by each change ({@link #replace}, {@link #setAcceptSla}, {@link #setAvailabilityFirst}).
     */
    Map<PoolId, Integer> versions(Collection<PoolId> ids);

    /** Deletes the pool; false when there was none. */
    boolean remove(PoolId id);

    Optional<Pool> byId(PoolId id);

    /** The pools among {@code ids} that exist, in one read. */
    Map<PoolId, Pool> byIds(Collection<PoolId> ids);

    List<Pool> all();

    /** Pools by name then id, the {@code limit} just after {@code after} (from the first when null), in one query. */
    default Slice<Pool> page(int limit, PagePosition after) {
        return Slice.after(all(), p -> new PagePosition(p.name(), p.id().value()), after, limit);
    }

    /** How many pools there are, counted by the store. */
    default long count() {
        return all().size();
    }

    /** Sets the pool's accept deadline (null removes it), leaving the rest of the pool as it is; false when there is no such pool. */
    boolean setAcceptSla(PoolId pool, AcceptSla sla);

    /**
     * Makes the pool availability-first with {@code meetingType} (null turns it off), leaving the rest of the pool as
     * it is; false when there is no such pool.
     */
    boolean setAvailabilityFirst(PoolId pool, MeetingTypeId meetingType);
}
