package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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
        Ownership ownership = Ownership.decided(Outcome.ASSIGNED, rep, PoolId.random(), null, false)
                .acceptBy(acceptBy);
        return new Assignment(
                AssignmentId.random(),
                LeadId.random(),
                Outcome.ASSIGNED,
                rep,
                null,
                null,
                -1,
                false,
                new Explanation(
                        null,
                        0,
                        null,
                        new Explanation.Qualification(0, null, null),
                        new Reason.ToRep(rep, "Ana"),
                        List.of()),
                NOW,
                Duration.ZERO,
                ownership);
    }

    @Test
    void a_decision_stored_as_data_reads_back_with_its_reason_and_skip_values() {
        Assignment stored = new Assignment(
                AssignmentId.random(),
                LeadId.random(),
                Outcome.ASSIGNED,
                BEN,
                PoolId.random(),
                null,
                -1,
                false,
                new Explanation(
                        null,
                        0,
                        null,
                        new Explanation.Qualification(0, null, null),
                        new Reason.NoAccount("acme.com", new Reason.Escalated("vip", new Reason.ToRep(BEN, "Ben"))),
                        List.of(
                                new Candidate(
                                        ANA,
                                        1,
                                        3,
                                        3,
                                        false,
                                        Candidate.Skip.cap(Candidate.SkipReason.DAILY_CAP, 3, 3),
                                        3,
                                        null,
                                        null,
                                        0,
                                        0,
                                        1),
                                new Candidate(BEN, 1, 0, 0, true, null))),
                NOW,
                Duration.ZERO,
                Ownership.decided(Outcome.ASSIGNED, BEN, null, null, false));
        assignments.add(stored);

        Assignment read = assignments.forLead(stored.leadId()).orElseThrow();

        assertThat(read.explanation().reason()).isEqualTo(stored.explanation().reason());
        assertThat(read.explanation().candidates())
                .isEqualTo(stored.explanation().candidates());
    }

    @Test
    void a_decision_stored_before_reasons_were_data_reads_back_with_its_sentence() {
        LeadId lead = LeadId.random();
        mongo.insert(
                new Document("_id", "old-" + lead.value())
                        .append("leadId", lead.value())
                        .append("outcome", "ASSIGNED")
                        .append("repId", "ana")
                        .append("turn", 0L)
                        .append("urgent", false)
                        .append("decidedAt", java.util.Date.from(NOW))
                        .append("tookNanos", 1000L)
                        .append(
                                "explanation",
                                new Document("routerVersion", 0)
                                        .append("score", 0)
                                        .append(
                                                "reason",
                                                "sent straight to pool Inbound by round robin: turn 1 goes to member 1 of 2")
                                        .append(
                                                "candidates",
                                                List.of(new Document("repId", "ana")
                                                        .append("weight", 1)
                                                        .append("today", 0L)
                                                        .append("thisWeek", 0L)
                                                        .append("chosen", false)
                                                        .append("skipped", "DAILY_CAP")))),
                "assignments");

        Assignment read = assignments.forLead(lead).orElseThrow();

        assertThat(read.explanation().reason())
                .isEqualTo(new Reason.Sentence(
                        "sent straight to pool Inbound by round robin: turn 1 goes to member 1 of 2"));
        assertThat(read.explanation().candidates().get(0).skip())
                .isEqualTo(Candidate.Skip.of(Candidate.SkipReason.DAILY_CAP));
    }

    @Test
    void a_change_applies_only_to_the_version_it_was_decided_on() {
        Assignment stored = assignedTo(ANA, null);
        assignments.add(stored);
        Ownership accepted = stored.ownership().accept(ANA, NOW);
        Ownership reassigned = stored.ownership().reassign(BEN, "Alice", "workload", NOW);

        assertThat(assignments.changeOwnership(stored.leadId(), accepted)).isTrue();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned))
                .as("decided on version 0, now at 1")
                .isFalse();
        assertThat(assignments.forLead(stored.leadId()).orElseThrow().ownership())
                .isEqualTo(accepted);
    }

    @Test
    void a_decision_stored_before_ownership_was_kept_starts_at_version_zero() {
        Assignment stored = assignedTo(ANA, null);
        assignments.add(stored);
        mongo.updateFirst(
                Query.query(where("_id").is(stored.id().value())), new Update().unset("ownership"), "assignments");

        Ownership before = assignments.forLead(stored.leadId()).orElseThrow().ownership();
        Ownership reassigned = before.reassign(BEN, "Alice", "legacy", NOW);

        assertThat(before.owner()).isEqualTo(ANA);
        assertThat(before.version()).isZero();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned)).isTrue();
        assertThat(assignments.changeOwnership(stored.leadId(), reassigned)).isFalse();
        assertThat(mongo.findById(stored.id().value(), Document.class, "assignments")
                        .get("ownership", Document.class)
                        .get("owner"))
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

        assertThat(assignments.overdue(NOW, 10))
                .extracting(Assignment::leadId)
                .containsExactly(sooner.leadId(), later.leadId());
    }
}
