package dev.switchboard.domain.port;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import java.util.List;
import java.util.Optional;

/** The kinds of meeting prospects book. */
public interface MeetingTypes {

    void add(MeetingType type);

    /**
     * Replaces a stored meeting type (same id).
     *
     * @return false when there is no meeting type with that id (nothing is created)
     */
    default boolean replace(MeetingType type) {
        return replace(type, null);
    }

    /**
     * Replaces a stored meeting type (same id) and counts its version up by one, in one atomic step, only while its
     * version is {@code expectedVersion} (any when null).
     *
     * @return false, storing nothing, when there is no meeting type with that id or it is at another version
     */
    boolean replace(MeetingType type, Integer expectedVersion);

    /** The version of each meeting type among {@code ids} that exists, in one read: 0 for one never changed. */
    java.util.Map<MeetingTypeId, Integer> versions(java.util.Collection<MeetingTypeId> ids);

    Optional<MeetingType> byId(MeetingTypeId id);

    /**
     * Each meeting type among {@code ids} that exists (the absent are left out): one read in a store that can, one
     * {@link #byId} per id in this default.
     */
    default java.util.Map<MeetingTypeId, MeetingType> byIds(java.util.Collection<MeetingTypeId> ids) {
        java.util.Map<MeetingTypeId, MeetingType> found = new java.util.HashMap<>();
        ids.stream().distinct().forEach(id -> byId(id).ifPresent(type -> found.put(id, type)));
        return found;
    }

    /** Every meeting type, by name. */
    List<MeetingType> all();

    /**
     * Meeting types by name then id, the {@code limit} just after {@code after} (from the first when null), in
     * one query.
     */
    default Slice<MeetingType> page(int limit, PagePosition after) {
        return Slice.after(all(), m -> new PagePosition(m.name(), m.id().value()), after, limit);
    }

    /** How many meeting types there are, counted by the store. */
    default long count() {
        return all().size();
    }
}
