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
    boolean replace(MeetingType type);

    Optional<MeetingType> byId(MeetingTypeId id);

    /** Every meeting type, by name. */
    List<MeetingType> all();
}
