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
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Conversions.Results;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Conversions against the embedded server over the wire protocol: once per lead, and one aggregation per pool. */
class MongoConversionsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;
    private static MongoConversions conversions;

    private final PoolId pool = PoolId.random();
    private final RepId ana = new RepId("ana.smith");
    private final RepId ben = new RepId("ben");

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("conversions");
        mongo = database.template();
        conversions = new MongoConversions(mongo);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void the_conversion_times_of_a_page_of_leads_are_read_at_once_and_a_lead_not_converted_is_left_out() {
        LeadId early = LeadId.random();
        LeadId late = LeadId.random();
        LeadId never = LeadId.random();
        conversions.record(early, NOW);
        conversions.record(late, NOW.plus(Duration.ofHours(2)));
        conversions.record(late, NOW.plus(Duration.ofHours(5)));

        assertThat(conversions.convertedAt(List.of(early, late, never)))
                .as("each lead's first recorded conversion")
                .containsOnly(Map.entry(early, NOW), Map.entry(late, NOW.plus(Duration.ofHours(2))));
    }

    private LeadId assigned(RepId rep, PoolId from, Instant at) {
        LeadId lead = LeadId.random();
        mongo.insert(AssignmentDocument.of(new Assignment(
                AssignmentId.random(),
                lead,
                Outcome.ASSIGNED,
                rep,
                from,
                Strategy.PERFORMANCE_WEIGHTED,
                0,
                false,
                new Explanation(
                        null,
                        0,
                        null,
                        new Explanation.Qualification(0, null, null),
                        new Reason.ToRep(rep, "Rep"),
                        List.of()),
                at,
                Duration.ZERO,
                Ownership.decided(Outcome.ASSIGNED, rep, from, null, false))));
        return lead;
    }

    @Test
    void concurrent_recordings_of_one_lead_store_one_conversion_and_all_answer_the_first_time() throws Exception {
        LeadId lead = LeadId.random();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Instant>> answers = IntStream.range(0, 20)
                    .mapToObj(n -> threads.submit(() -> {
                        start.await();
                        return conversions.record(lead, NOW.plusSeconds(n));
                    }))
                    .toList();
            start.countDown();
            Instant first = answers.get(0).get();
            for (Future<Instant> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(mongo.getCollection("conversions").countDocuments(new Document("_id", lead.value())))
                .isEqualTo(1);
    }

    @Test
    void a_pools_results_count_its_assignments_in_the_period_and_their_conversions() {
        LeadId anaConverted = assigned(ana, pool, NOW.minus(Duration.ofDays(1)));
        assigned(ana, pool, NOW.minus(Duration.ofDays(2)));
        LeadId benConverted = assigned(ben, pool, NOW.minus(Duration.ofDays(3)));
        LeadId tooOld = assigned(ben, pool, NOW.minus(Duration.ofDays(31)));
        LeadId otherPool = assigned(ana, PoolId.random(), NOW.minus(Duration.ofDays(1)));
        List.of(anaConverted, benConverted, tooOld, otherPool).forEach(lead -> conversions.record(lead, NOW));

        assertThat(conversions.between(pool, List.of(ana, ben), NOW.minus(Duration.ofDays(30)), NOW))
                .containsOnly(Map.entry(ana, new Results(2, 1)), Map.entry(ben, new Results(1, 1)));
        assertThat(conversions.between(pool, List.of(ben), NOW.minus(Duration.ofDays(30)), NOW))
                .containsOnlyKeys(ben);
    }
}
