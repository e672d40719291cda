package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.LeadAccepted;
import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.event.MeetingBooked;
import dev.switchboard.domain.event.MeetingCancelled;
import dev.switchboard.domain.event.MeetingRescheduled;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.GlobalId;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The envelope every webhook and subscriber receives: version 2, every id in data the API's global id. */
class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final LeadId LEAD = new LeadId("lead-1");
    private static final RepId ANA = new RepId("rep-ana");
    private static final RepId BEN = new RepId("rep-ben");
    private static final PoolId POOL = new PoolId("pool-1");
    private static final MeetingTypeId DEMO = new MeetingTypeId("demo");

    private static JsonNode body(DomainEvent event) {
        return JSON.readTree(EventJson.body(event));
    }

    private static String global(String type, String storedId) {
        return new GlobalId(type, storedId).value();
    }

    @Test
    void a_lead_assigned_names_its_lead_assignment_rep_and_pool_by_their_global_ids_in_version_2() {
        LeadAssigned assigned = new LeadAssigned(
                LEAD,
                new AssignmentId("asg-1"),
                Outcome.ASSIGNED,
                ANA,
                POOL,
                false,
                new Explanation(
                        null,
                        0,
                        null,
                        new Explanation.Qualification(0, null, null),
                        new Reason.ToRep(ANA, "Ana"),
                        List.of()),
                AT);

        JsonNode body = body(assigned);

        assertThat(body.at("/version").asInt()).isEqualTo(2);
        assertThat(body.at("/id").asString())
                .as("the event's id is no object's: it stays as it was, so a receiver's duplicate check holds")
                .isEqualTo("lead:lead-1:assigned");
        assertThat(body.at("/data/leadId").asString()).isEqualTo(global("Lead", "lead-1"));
        assertThat(body.at("/data/assignmentId").asString()).isEqualTo(global("Assignment", "asg-1"));
        assertThat(body.at("/data/repId").asString()).isEqualTo(global("Rep", "rep-ana"));
        assertThat(body.at("/data/poolId").asString()).isEqualTo(global("Pool", "pool-1"));
    }

    @Test
    void a_lead_submitted_names_its_form_or_pool_and_leaves_the_other_null() {
        JsonNode byForm = body(new LeadSubmitted(LEAD, new FormId("form-1"), null, AT));
        JsonNode byPool = body(new LeadSubmitted(LEAD, null, POOL, AT));

        assertThat(byForm.at("/data/formId").asString()).isEqualTo(global("Form", "form-1"));
        assertThat(byForm.at("/data/poolId").isNull()).isTrue();
        assertThat(byPool.at("/data/poolId").asString()).isEqualTo(global("Pool", "pool-1"));
        assertThat(byPool.at("/data/formId").isNull()).isTrue();
    }

    @Test
    void ownership_changes_name_reps_by_global_id_and_a_claims_by_as_the_rep_who_claimed() {
        JsonNode accepted = body(new LeadAccepted(LEAD, ANA, 2, AT));
        JsonNode claimed = body(new LeadReassigned(
                LEAD, OwnershipChange.Kind.CLAIMED, "rep-ben", null, BEN, "claimed from the queue", 1, AT));
        JsonNode reassigned = body(new LeadReassigned(
                LEAD, OwnershipChange.Kind.REASSIGNED, "admin@acme.example", BEN, ANA, "holiday", 3, AT));

        assertThat(accepted.at("/data/repId").asString()).isEqualTo(global("Rep", "rep-ana"));
        assertThat(claimed.at("/data/by").asString()).isEqualTo(global("Rep", "rep-ben"));
        assertThat(claimed.at("/data/fromRepId").isNull()).isTrue();
        assertThat(claimed.at("/data/toRepId").asString()).isEqualTo(global("Rep", "rep-ben"));
        assertThat(reassigned.at("/data/by").asString())
                .as("an admin's name is no id")
                .isEqualTo("admin@acme.example");
        assertThat(reassigned.at("/data/fromRepId").asString()).isEqualTo(global("Rep", "rep-ben"));
        assertThat(reassigned.at("/data/toRepId").asString()).isEqualTo(global("Rep", "rep-ana"));
    }

    @Test
    void meeting_events_name_the_booking_rep_and_meeting_type_by_global_id() {
        Instant start = AT.plusSeconds(3600);
        Instant end = start.plusSeconds(1800);
        List<JsonNode> bodies = List.of(
                body(new MeetingBooked("bk-1", LEAD, ANA, start, end, DEMO, AT)),
                body(new MeetingRescheduled("bk-1", LEAD, ANA, start, end, DEMO, AT, AT)),
                body(new MeetingCancelled("bk-1", LEAD, ANA, start, end, DEMO, AT)));

        assertThat(bodies).allSatisfy(body -> {
            assertThat(body.at("/data/leadId").asString()).isEqualTo(global("Lead", "lead-1"));
            assertThat(body.at("/data/bookingId").asString()).isEqualTo(global("Booking", "bk-1"));
            assertThat(body.at("/data/repId").asString()).isEqualTo(global("Rep", "rep-ana"));
            assertThat(body.at("/data/meetingTypeId").asString()).isEqualTo(global("MeetingType", "demo"));
            assertThat(body.at("/id").asString()).startsWith("booking:bk-1:");
        });
    }
}
