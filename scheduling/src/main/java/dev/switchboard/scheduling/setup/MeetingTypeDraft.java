package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;

/**
 * A meeting type as given to create or update one. Left out: the slot interval is the duration when
 * that divides a day, else 15 minutes; buffers and notice are 0; the horizon is 60 days; no daily cap.
 * The meeting type's own rules are checked here, each fault naming its field.
 */
public record MeetingTypeDraft(
        String name,
        Integer durationMinutes,
        Integer slotIntervalMinutes,
        Integer bufferBeforeMinutes,
        Integer bufferAfterMinutes,
        Integer minimumNoticeMinutes,
        Integer horizonDays,
        Integer maxPerDay,
        String location) {

    public static final int DEFAULT_HORIZON_DAYS = 60;

    public MeetingTypeDraft {
        MeetingType checked = as(
                new MeetingTypeId("unsaved"),
                name,
                durationMinutes,
                slotIntervalMinutes,
                bufferBeforeMinutes,
                bufferAfterMinutes,
                minimumNoticeMinutes,
                horizonDays,
                maxPerDay,
                location);
        name = checked.name();
        durationMinutes = checked.durationMinutes();
        slotIntervalMinutes = checked.slotIntervalMinutes();
        bufferBeforeMinutes = checked.bufferBeforeMinutes();
        bufferAfterMinutes = checked.bufferAfterMinutes();
        minimumNoticeMinutes = checked.minimumNoticeMinutes();
        horizonDays = checked.horizonDays();
        location = checked.location();
    }

    MeetingType toMeetingType(MeetingTypeId id) {
        return as(
                id,
                name,
                durationMinutes,
                slotIntervalMinutes,
                bufferBeforeMinutes,
                bufferAfterMinutes,
                minimumNoticeMinutes,
                horizonDays,
                maxPerDay,
                location);
    }

    private static MeetingType as(
            MeetingTypeId id,
            String name,
            Integer duration,
            Integer interval,
            Integer before,
            Integer after,
            Integer notice,
            Integer horizon,
            Integer maxPerDay,
            String location) {
        if (duration == null) {
            throw InputRejected.required("durationMinutes");
        }
        int step = interval != null ? interval : duration > 0 && (24 * 60) % duration == 0 ? duration : 15;
        return new MeetingType(
                id,
                name,
                duration,
                step,
                before == null ? 0 : before,
                after == null ? 0 : after,
                notice == null ? 0 : notice,
                horizon == null ? DEFAULT_HORIZON_DAYS : horizon,
                maxPerDay,
                location);
    }
}
