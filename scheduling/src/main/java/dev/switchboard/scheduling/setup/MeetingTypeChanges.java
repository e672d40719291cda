package dev.switchboard.scheduling.setup;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.meeting.MeetingType;

/**
 * What an admin changes in a meeting type; every field left as {@link Change#keep()} stays as it is. Set to
 * null, a setting returns to what a new meeting type gets ({@link MeetingTypeDraft}): the slot interval to the
 * duration when that divides a day, else 15; buffers and notice to 0; the horizon to 60 days; no daily cap; no
 * location. A name or duration set to null are refused ({@code REQUIRED}).
 *
 * @param expectedVersion the version the changes were made from: they are refused ({@code STALE}) when it has
 *                        changed since; null to change whatever version it is at
 */
public record MeetingTypeChanges(
        Change<String> name,
        Change<Integer> durationMinutes,
        Change<Integer> slotIntervalMinutes,
        Change<Integer> bufferBeforeMinutes,
        Change<Integer> bufferAfterMinutes,
        Change<Integer> minimumNoticeMinutes,
        Change<Integer> horizonDays,
        Change<Integer> maxPerDay,
        Change<String> location,
        Integer expectedVersion) {

    public MeetingTypeChanges {
        name = orKeep(name);
        durationMinutes = orKeep(durationMinutes);
        slotIntervalMinutes = orKeep(slotIntervalMinutes);
        bufferBeforeMinutes = orKeep(bufferBeforeMinutes);
        bufferAfterMinutes = orKeep(bufferAfterMinutes);
        minimumNoticeMinutes = orKeep(minimumNoticeMinutes);
        horizonDays = orKeep(horizonDays);
        maxPerDay = orKeep(maxPerDay);
        location = orKeep(location);
    }

    /** Every setting replaced by the draft's. */
    public static MeetingTypeChanges whole(MeetingTypeDraft draft) {
        return new MeetingTypeChanges(
                Change.to(draft.name()),
                Change.to(draft.durationMinutes()),
                Change.to(draft.slotIntervalMinutes()),
                Change.to(draft.bufferBeforeMinutes()),
                Change.to(draft.bufferAfterMinutes()),
                Change.to(draft.minimumNoticeMinutes()),
                Change.to(draft.horizonDays()),
                Change.to(draft.maxPerDay()),
                Change.to(draft.location()),
                null);
    }

    /** The meeting type as these changes leave it, checked as a new one is. */
    MeetingType applyTo(MeetingType existing) {
        return new MeetingTypeDraft(
                        name.applyTo(existing.name()),
                        durationMinutes.applyTo(existing.durationMinutes()),
                        slotIntervalMinutes.applyTo(existing.slotIntervalMinutes()),
                        bufferBeforeMinutes.applyTo(existing.bufferBeforeMinutes()),
                        bufferAfterMinutes.applyTo(existing.bufferAfterMinutes()),
                        minimumNoticeMinutes.applyTo(existing.minimumNoticeMinutes()),
                        horizonDays.applyTo(existing.horizonDays()),
                        maxPerDay.applyTo(existing.maxPerDay()),
                        location.applyTo(existing.location()))
                .toMeetingType(existing.id());
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
