package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.MeetingTypes;

/**
 * Replaces every setting of a meeting type. Slots found from then on follow the new settings.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code meetingTypeId} for an unknown meeting type
 */
public final class UpdateMeetingType {

    private final MeetingTypes meetingTypes;

    public UpdateMeetingType(MeetingTypes meetingTypes) {
        this.meetingTypes = meetingTypes;
    }

    public MeetingType update(MeetingTypeId id, MeetingTypeDraft draft) {
        if (id == null) {
            throw InputRejected.required("meetingTypeId");
        }
        MeetingType type = draft.toMeetingType(id);
        if (!meetingTypes.replace(type)) {
            throw InputRejected.notFound("meetingTypeId", "meeting type", id.value());
        }
        return type;
    }
}
