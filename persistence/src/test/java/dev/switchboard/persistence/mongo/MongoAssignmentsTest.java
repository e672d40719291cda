package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Ownership changes against the embedded server over the wire protocol: the version condition and the due query. */
class MongoAssignmentsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final RepId ANA = new RepId("ana");
    private static final RepId BEN = new RepId("ben");

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;
    private static MongoAssignments assignments;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("assignments");
        mongo = database.template();
        assignments = new MongoAssignments(mongo);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static Assignment assignedTo(RepId rep, Instant acceptBy) {
        Ownership ownership = Ownership.decided(Outcome.ASSIGNED, rep, PoolId.random(), null, false).acceptBy(acceptBy);
        return new Assignment(AssignmentId.random(), LeadId.random(), Outcome.ASSIGNED, rep, null, null, -1, false,
                new Explanation(null, 0, null, new Explanation.Qualification(0, null, null), "to " + rep, List.of()),
                NOW, Duration.ZERO, ownership);
    }

    @Test
    void a_change_applies_only_to_the_version_it_was_decided_on() {
        Assignment stored = assignedTo(ANA, null);
        assignments.add(stored);
        Ownership accepted = stored.ownership().accept(ANA, NOW);
        Ownership reassigned = stored.ownership().reassign(BEN, "Alice", "workload", NOW);

        assertThat(assignments.changeOwnership(stored.leadId(), accepted)).isTrue();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned)).as("decided on version 0, now at 1").isFalse();
        assertThat(assignments.forLead(stored.leadId()).orElseThrow().ownership()).isEqualTo(accepted);
    }

    @Test
    void a_decision_stored_before_ownership_was_kept_starts_at_version_zero() {
        Assignment stored = assignedTo(ANA, null);
        assignments.add(stored);
        mongo.updateFirst(Query.query(
                        where("_id").is(stored.id().value())),
                new Update().unset("ownership"), "assignments");

        Ownership before = assignments.forLead(stored.leadId()).orElseThrow().ownership();
        Ownership reassigned = before.reassign(BEN, "Alice", "legacy", NOW);

        assertThat(before.owner()).isEqualTo(ANA);
        assertThat(before.version()).isZero();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned)).isTrue();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned)).isFalse();
        assertThat(mongo.findById(stored.id().value(), Document.class, "assignments").get("ownership", Document.class).get("owner"))
                .isEqualTo("ben");
    }

    @Test
    void overdue_finds_unaccepted_leads_past_their_deadline_soonest_first() {
        Assignment later = assignedTo(ANA, NOW.minusSeconds(10));
        Assignment sooner = assignedTo(ANA, NOW.minusSeconds(20));
        Assignment notYet = assignedTo(ANA, NOW.plusSeconds(1));
        Assignment accepted = assignedTo(BEN, NOW.minusSeconds(30));
        List.of(later, sooner, notYet, accepted).forEach(assignments::add);
        assignments.changeOwnership(accepted.leadId(), accepted.ownership().accept(BEN, NOW));

        assertThat(assignments.overdue(NOW, 10)).extracting(Assignment::leadId)
                .containsExactly(sooner.leadId(), later.leadId());
    }
}
