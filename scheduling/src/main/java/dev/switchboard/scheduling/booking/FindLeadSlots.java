package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import dev.switchboard.scheduling.slots.Slots;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The slots a lead may book right after submitting: with the rep who owns it, or with its pool (waiting in
 * its queue or unassigned), for a meeting type (the first by name when none is named), from now for the next
 * {@code days} days, shown in the prospect's zone. The same slots {@link BookMeeting} accepts.
 *
 * @throws InputRejected {@code OUT_OF_RANGE} on {@code days} outside 1-{@value #MAX_DAYS}; {@code NOT_FOUND} on
 *                       {@code meetingTypeId}
 */
public final class FindLeadSlots {

    public static final int MAX_DAYS = 31;

    /** The slots found and the meeting type they are for. */
    public record LeadSlots(MeetingType meetingType, Slots slots) {}

    private final Leads leads;
    private final Assignments assignments;
    private final MeetingTypes meetingTypes;
    private final FindSlots findSlots;
    private final Clock clock;

    public FindLeadSlots(
            Leads leads, Assignments assignments, MeetingTypes meetingTypes, FindSlots findSlots, Clock clock) {
        this.leads = leads;
        this.assignments = assignments;
        this.meetingTypes = meetingTypes;
        this.findSlots = findSlots;
        this.clock = clock;
    }

    /** @return empty when the lead has no rep or pool to meet (disqualified, say), or there is no meeting type at all */
    public Optional<LeadSlots> find(LeadId leadId, MeetingTypeId meetingTypeId, ZoneId timeZone, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "days", "days is between 1 and " + MAX_DAYS);
        }
        Optional<MeetingType> type = meetingTypeId != null
                ? Optional.of(meetingTypes
                        .byId(meetingTypeId)
                        .orElseThrow(
                                () -> InputRejected.notFound("meetingTypeId", "meeting type", meetingTypeId.value())))
                : meetingTypes.all().stream().findFirst();
        Optional<Lead> lead = leads.byId(leadId);
        if (type.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        Optional<LeadHosts> hosts = LeadHosts.of(lead.get(), assignments.forLead(leadId));
        if (hosts.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Slots slots = findSlots.find(new FindSlotsQuery(
                hosts.get().owner(),
                hosts.get().pool(),
                type.get().id(),
                now,
                now.plus(Duration.ofDays(days)),
                timeZone));
        return Optional.of(new LeadSlots(type.get(), slots));
    }
}
