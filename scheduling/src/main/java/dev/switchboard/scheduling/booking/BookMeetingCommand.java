package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.model.MeetingTypeId;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Book a meeting of a type for a lead at {@code start}, shown in the prospect's {@code timeZone}.
 *
 * @param rep            the rep the prospect picked among those a pool's slot listed, or null to let the pool choose
 * @param idempotencyKey the caller's key: a retry with it is answered with the booking made the first time
 */
public record BookMeetingCommand(LeadId lead, MeetingTypeId meetingType, Instant start, ZoneId timeZone, RepId rep,
                                 String idempotencyKey) {

    public static final int MAX_IDEMPOTENCY_KEY = 128;

    public BookMeetingCommand {
        if (lead == null) {
            throw InputRejected.required("leadId");
        }
        if (meetingType == null) {
            throw InputRejected.required("meetingTypeId");
        }
        if (start == null) {
            throw InputRejected.required("start");
        }
        if (timeZone == null) {
            throw InputRejected.required("timeZone");
        }
        idempotencyKey = Text.optional("idempotencyKey", idempotencyKey, MAX_IDEMPOTENCY_KEY);
    }
}
