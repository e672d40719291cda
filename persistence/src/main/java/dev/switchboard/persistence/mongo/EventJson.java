package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.LeadAccepted;
import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.event.MeetingBooked;
import dev.switchboard.domain.event.MeetingCancelled;
import dev.switchboard.domain.event.MeetingRescheduled;
import dev.switchboard.domain.model.GlobalId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.explain.ReasonWords;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON an event is published as, the one contract webhook receivers and subscribers see: the ids in
 * {@code data} as the global ids the API answers for the same objects ({@link GlobalId}), times as ISO-8601 instants,
 * absent values as null. docs/events.md lists every type's fields. The body is written once, when the event is
 * recorded, and sent as it was on every retry and replay: an event recorded in version 1 keeps its stored ids.
 */
public final class EventJson {

    /** Every event type there is, by name. */
    public static final List<String> TYPES = Arrays.stream(DomainEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .sorted()
            .toList();

    /**
     * The envelope's version: raised only when a change could break a receiver (a field removed, renamed or
     * retyped, or given another meaning); fields added to {@code data} keep it. docs/events.md says what receivers
     * may rely on. 1: ids in {@code data} were stored ids; 2: they are global ids.
     */
    public static final int VERSION = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventJson() {}

    /** The envelope: {@code {"id", "type", "version", "occurredAt", "data"}}. */
    public static String body(DomainEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("version", VERSION);
        body.put("occurredAt", event.occurredAt().toString());
        body.put("data", data(event));
        return JSON.writeValueAsString(body);
    }

    static Map<String, Object> data(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("leadId", GlobalId.of(event.lead()).value());
        // The one place that tells the event types apart; each adds its own fields.
        if (event instanceof LeadSubmitted e) {
            data.put(
                    "formId",
                    e.formId() == null ? null : GlobalId.of(e.formId()).value());
            data.put(
                    "poolId",
                    e.poolId() == null ? null : GlobalId.of(e.poolId()).value());
        } else if (event instanceof LeadAssigned e) {
            data.put("assignmentId", GlobalId.of(e.assignment()).value());
            data.put("outcome", e.outcome().name());
            data.put("repId", e.repId() == null ? null : GlobalId.of(e.repId()).value());
            data.put(
                    "poolId",
                    e.poolId() == null ? null : GlobalId.of(e.poolId()).value());
            data.put("urgent", e.urgent());
            data.put("reason", ReasonWords.ENGLISH.sentence(e.explanation()));
            data.put("reasonCode", e.explanation().reason().code().name());
        } else if (event instanceof LeadAccepted e) {
            data.put("repId", GlobalId.of(e.rep()).value());
            data.put("change", e.change());
        } else if (event instanceof LeadReassigned e) {
            data.put("kind", e.kind().name());
            // A claim is made by a rep, named by id: the rep's global id, as OwnershipChange.by answers it.
            data.put(
                    "by",
                    e.kind() == OwnershipChange.Kind.CLAIMED && e.by() != null
                            ? new GlobalId("Rep", e.by()).value()
                            : e.by());
            data.put(
                    "fromRepId", e.from() == null ? null : GlobalId.of(e.from()).value());
            data.put("toRepId", GlobalId.of(e.to()).value());
            data.put("reason", e.reason());
            data.put("change", e.change());
        } else if (event instanceof MeetingBooked e) {
            meeting(data, e.bookingId(), e.rep(), e.start(), e.end(), e.meetingType());
        } else if (event instanceof MeetingRescheduled e) {
            meeting(data, e.bookingId(), e.rep(), e.start(), e.end(), e.meetingType());
            data.put("oldStart", e.oldStart().toString());
        } else if (event instanceof MeetingCancelled e) {
            meeting(data, e.bookingId(), e.rep(), e.start(), e.end(), e.meetingType());
        }
        return data;
    }

    private static void meeting(
            Map<String, Object> data, String booking, RepId rep, Instant start, Instant end, MeetingTypeId type) {
        data.put("bookingId", GlobalId.ofBooking(booking).value());
        data.put("repId", GlobalId.of(rep).value());
        data.put("start", start == null ? null : start.toString());
        data.put("end", end == null ? null : end.toString());
        data.put("meetingTypeId", type == null ? null : GlobalId.of(type).value());
    }
}
