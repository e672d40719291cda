package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.RepDays;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** Each rep's day counted by two aggregations on the embedded server, each rep over its own day. */
class MongoRepDaysTest {

    private static final RepId ANA = new RepId("ana");
    private static final RepId BEN = new RepId("ben");
    private static final RepId CID = new RepId("cid");
    /** Ana's day in Paris and Ben's in New York: the same date, six hours apart. */
    private static final Interval ANAS_DAY =
            new Interval(Instant.parse("2026-12-06T23:00:00Z"), Instant.parse("2026-12-07T23:00:00Z"));

    private static final Interval BENS_DAY =
            new Interval(Instant.parse("2026-12-07T05:00:00Z"), Instant.parse("2026-12-08T05:00:00Z"));

    private static Assignment decided(RepId rep, Instant at) {
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
                        new Reason.ToRep(rep, rep.value()),
                        List.of()),
                at,
                Duration.ZERO,
                Ownership.decided(Outcome.ASSIGNED, rep, PoolId.random(), null, false));
    }

    private static Document meeting(RepId rep, Instant start, String status) {
        return new Document("repId", rep.value())
                .append("start", Date.from(start))
                .append("end", Date.from(start.plusSeconds(1800)))
                .append("status", status);
    }

    @Test
    void each_rep_counts_the_leads_it_owns_and_the_meetings_it_has_in_its_own_day() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start("rep-days")) {
            MongoTemplate mongo = database.template();
            MongoAssignments assignments = new MongoAssignments(mongo);
            RepDays days = new MongoRepDays(mongo);
            Instant parisMorning = Instant.parse("2026-12-07T01:00:00Z");
            Instant parisLastNight = Instant.parse("2026-12-06T22:59:00Z");
            // 01:00 UTC is Ana's today and Ben's yesterday (20:00 in New York on the 6th).
            assignments.add(decided(ANA, parisMorning));
            assignments.add(decided(ANA, Instant.parse("2026-12-07T12:00:00Z")));
            assignments.add(decided(ANA, parisLastNight));
            assignments.add(decided(BEN, parisMorning));
            assignments.add(decided(BEN, Instant.parse("2026-12-07T12:00:00Z")));
            // A lead routed to Ben today and moved to Cid: Cid's now.
            Assignment moved = decided(BEN, Instant.parse("2026-12-07T13:00:00Z"));
            assignments.add(moved);
            assignments.changeOwnership(
                    moved.leadId(),
                    moved.ownership().reassign(CID, "admin", "cover", Instant.parse("2026-12-07T14:00:00Z")));
            mongo.insert(meeting(ANA, Instant.parse("2026-12-07T09:00:00Z"), "BOOKED"), MongoBookings.COLLECTION);
            mongo.insert(meeting(ANA, Instant.parse("2026-12-07T10:00:00Z"), "CANCELLED"), MongoBookings.COLLECTION);
            mongo.insert(meeting(ANA, Instant.parse("2026-12-08T09:00:00Z"), "BOOKED"), MongoBookings.COLLECTION);
            mongo.insert(meeting(BEN, Instant.parse("2026-12-08T04:30:00Z"), "BOOKED"), MongoBookings.COLLECTION);

            Map<RepId, RepDays.Day> found = days.of(Map.of(ANA, ANAS_DAY, BEN, BENS_DAY, CID, BENS_DAY));

            assertThat(found)
                    .containsEntry(ANA, new RepDays.Day(2, 1))
                    .containsEntry(BEN, new RepDays.Day(1, 1))
                    .containsEntry(CID, new RepDays.Day(1, 0));
            assertThat(mongo.indexOps("assignments").getIndexInfo())
                    .extracting(IndexInfo::getName)
                    .contains("owner_decided");
        }
    }

    @Test
    void a_rep_with_nothing_in_its_day_is_absent_and_no_reps_read_nothing() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start("rep-days-empty")) {
            RepDays days = new MongoRepDays(database.template());

            assertThat(days.of(Map.of(ANA, ANAS_DAY))).isEmpty();
            assertThat(days.of(Map.of())).isEmpty();
        }
    }
}
