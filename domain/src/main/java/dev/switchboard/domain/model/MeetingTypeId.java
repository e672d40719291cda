package dev.switchboard.domain.model;

/** Identity of a meeting type: an opaque string, a random UUID when made here. */
public record MeetingTypeId(String value) {

    public MeetingTypeId {
        value = Ids.check("meetingTypeId", value);
    }

    public static MeetingTypeId random() {
        return new MeetingTypeId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
