package dev.switchboard.domain.model.meeting;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identity of a {@link MeetingType}: an opaque string, a random UUID when made here. */
public record MeetingTypeId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]+");

    public MeetingTypeId {
        value = Text.required("meetingTypeId", value, 64);
        if (!SAFE.matcher(value).matches()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "meetingTypeId", "meetingTypeId has characters an id cannot have");
        }
    }

    public static MeetingTypeId random() {
        return new MeetingTypeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
