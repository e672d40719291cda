package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadHistory;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.outbound.StoredEvent;
import dev.switchboard.routing.events.RelayPendingEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox on the embedded server over the wire protocol: a process that stored a lead, its decision and an
 * accept, and died before recording any event, loses none of them once the relay has run.
 */
class MongoOutboxTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final RepId ANA = new RepId("ana");

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;
    private static MongoLeads leads;
    private static MongoAssignments assignments;
    private static MongoEvents events;
    private static RelayPendingEvents relay;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("outbox");
        mongo = database.template();
        leads = new MongoLeads(mongo);
        assignments = new MongoAssignments(mongo);
        events = new MongoEvents(mongo, Clock.fixed(NOW, ZoneOffset.UTC));
        relay = new RelayPendingEvents(leads, assignments, events);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() {
        relay.run();
        mongo.dropCollection("events");
    }

    private static Lead lead() {
        LeadDetails details = new LeadDetails(
                "Ada",
                new EmailAddress("ada@acme.example"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
        return new Lead(LeadId.random(), details, null, PoolId.random(), NOW, null);
    }

    private static Assignment decided(Lead lead) {
        return new Assignment(
                AssignmentId.random(),
                lead.id(),
                Outcome.ASSIGNED,
                ANA,
                lead.poolId(),
                null,
                -1,
                false,
                new Explanation(
                        null,
                        0,
                        null,
                        new Explanation.Qualification(0, null, null),
                        new Reason.ToRep(ANA, "Ana"),
                        List.of()),
                NOW,
                Duration.ZERO,
                Ownership.decided(Outcome.ASSIGNED, ANA, lead.poolId(), null, false));
    }

    private static List<String> idsOf(Lead lead) {
        return events.recordedSince(Instant.EPOCH, 100).stream()
                .filter(e -> e.leadId().equals(lead.id().value()))
                .map(StoredEvent::id)
                .toList();
    }

    @Test
    void a_lead_accepted_by_a_process_that_stopped_before_any_event_gets_all_three_from_the_relay() {
        Lead lead = lead();
        leads.add(lead);
        Assignment decision = decided(lead);
        assignments.add(decision);
        assertThat(assignments.changeOwnership(lead.id(), decision.ownership().accept(ANA, NOW)))
                .isTrue();
        assertThat(idsOf(lead))
                .as("the process stopped before recording anything")
                .isEmpty();

        relay.run();

        String id = lead.id().value();
        assertThat(idsOf(lead))
                .containsExactlyInAnyOrder(
                        "lead:" + id + ":submitted", "lead:" + id + ":assigned", "lead:" + id + ":change:1");
        assertThat(events.recordedSince(Instant.EPOCH, 100))
                .extracting(StoredEvent::type)
                .containsExactlyInAnyOrder("LeadSubmitted", "LeadAssigned", "LeadAccepted");
        assertThat(leads.withEventsPending(10)).isEmpty();
        assertThat(assignments.withEventsPending(10)).isEmpty();
    }

    @Test
    void an_event_recorded_by_the_use_case_and_again_by_the_relay_is_stored_once() {
        Lead lead = lead();
        leads.add(lead);
        events.record(LeadSubmitted.of(lead));
        Assignment decision = decided(lead);
        assignments.add(decision);
        events.record(LeadAssigned.of(decision));

        relay.run();
        relay.run();
        LeadHistory.of(decision).forEach(events::record);

        assertThat(idsOf(lead)).hasSize(2);
        assertThat(events.awaitingFanOut(100)).hasSize(2);
    }

    @Test
    void events_recorded_in_one_write_skip_the_one_recorded_already_and_keep_the_rest() {
        Lead lead = lead();
        Assignment decision = decided(lead);
        events.record(LeadSubmitted.of(lead));

        events.recordAll(List.of(LeadSubmitted.of(lead), LeadAssigned.of(decision)));
        events.recordAll(List.of(LeadSubmitted.of(lead), LeadAssigned.of(decision)));

        String id = lead.id().value();
        assertThat(idsOf(lead)).containsExactlyInAnyOrder("lead:" + id + ":submitted", "lead:" + id + ":assigned");
        assertThat(events.awaitingFanOut(100)).hasSize(2);
    }

    @Test
    void a_change_made_after_the_relay_read_the_assignment_keeps_its_mark_for_the_next_run() {
        Lead lead = lead();
        leads.add(lead);
        Assignment decision = decided(lead);
        assignments.add(decision);
        Assignment read = assignments.withEventsPending(10).get(0);
        assignments.changeOwnership(lead.id(), decision.ownership().accept(ANA, NOW));

        assignments.eventsRecorded(read);

        assertThat(assignments.withEventsPending(10))
                .extracting(Assignment::leadId)
                .containsExactly(lead.id());
    }
}
