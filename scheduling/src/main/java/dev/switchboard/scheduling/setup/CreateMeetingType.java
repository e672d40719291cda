package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.MeetingTypes;

/** Creates a meeting type prospects can book. */
public final class CreateMeetingType {

    private final MeetingTypes meetingTypes;

    public CreateMeetingType(MeetingTypes meetingTypes) {
        this.meetingTypes = meetingTypes;
    }

    public MeetingType create(MeetingTypeDraft draft) {
        MeetingType type = draft.toMeetingType(MeetingTypeId.random());
        meetingTypes.add(type);
        return type;
    }
}
