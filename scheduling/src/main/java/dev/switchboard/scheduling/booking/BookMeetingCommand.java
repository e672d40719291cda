package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Book a meeting of a type for a lead at {@code start}, shown in the prospect's {@code timeZone}.
 *
 * @param rep            the rep the prospect picked among those a pool's slot listed, or null to let the pool choose
 * @param idempotencyKey the caller's own key, or null: a retry with it and the same request is answered with the
 *                       booking made the first time; with another request, {@code IDEMPOTENCY_CONFLICT}
 */
public record BookMeetingCommand(
        LeadId lead,
        MeetingTypeId meetingType,
        Instant start,
        ZoneId timeZone,
        RepId rep,
        IdempotencyKey idempotencyKey) {

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
    }

    /** The key claimed for this request, or null without a key. */
    Idempotency idempotency() {
        return idempotencyKey == null
                ? null
                : idempotencyKey.claim(Booking.BOOK, Booking.request(lead, meetingType, start, timeZone, rep));
    }
}
