package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.MeetingTypes;

/**
 * Changes the settings of a meeting type given, keeping the rest ({@link MeetingTypeChanges}). Slots found
 * from then on follow the new settings.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code meetingTypeId} for an unknown meeting type; {@code STALE} on
 *     {@code expectedVersion} when it changed since the version the changes were made from
 */
public final class UpdateMeetingType {

    private final MeetingTypes meetingTypes;

    public UpdateMeetingType(MeetingTypes meetingTypes) {
        this.meetingTypes = meetingTypes;
    }

    public MeetingType update(MeetingTypeId id, MeetingTypeChanges changes) {
        if (id == null) {
            throw InputRejected.required("meetingTypeId");
        }
        MeetingType existing = meetingTypes
                .byId(id)
                .orElseThrow(() -> InputRejected.notFound("meetingTypeId", "meeting type", id.value()));
        MeetingType type = changes.applyTo(existing);
        if (!meetingTypes.replace(type, changes.expectedVersion())) {
            if (changes.expectedVersion() != null && meetingTypes.byId(id).isPresent()) {
                throw InputRejected.stale("meeting type", changes.expectedVersion());
            }
            throw InputRejected.notFound("meetingTypeId", "meeting type", id.value());
        }
        return type;
    }

    /** Replaces every setting of the meeting type. */
    public MeetingType update(MeetingTypeId id, MeetingTypeDraft draft) {
        return update(id, MeetingTypeChanges.whole(draft));
    }
}
