package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.outbound.Deliveries.Claimed;
import dev.switchboard.outbound.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Claiming deliveries on the embedded server: one holder at a time, and a dead holder's claim is retaken when its lease ends. */
class MongoDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static EmbeddedDatabase database;
    private static MongoTemplate mongo;
    private static MongoDeliveries deliveries;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("deliveries");
        mongo = database.template();
        deliveries = new MongoDeliveries(mongo);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), MongoDeliveries.DeliveryDocument.class);
    }

    private static Delivery pending(String event) {
        return new Delivery(
                Delivery.idOf(event, "hook"),
                "hook",
                event,
                "LeadAssigned",
                "{}",
                Delivery.Status.PENDING,
                0,
                NOW,
                NOW,
                List.of());
    }

    @Test
    void a_delivery_fanned_out_twice_exists_once() {
        deliveries.addIfAbsent(pending("e1"));
        deliveries.addIfAbsent(pending("e1"));

        assertThat(deliveries.forWebhook("hook", 10, null).items()).hasSize(1);
    }

    @Test
    void a_claimed_delivery_is_nobody_elses_until_its_lease_ends_then_it_is_retaken_and_the_old_claim_is_void() {
        deliveries.addIfAbsent(pending("e1"));
        Claimed crashed = deliveries.claim(NOW, NOW.plus(LEASE)).orElseThrow();

        assertThat(deliveries.claim(NOW.plusSeconds(30), NOW.plusSeconds(30).plus(LEASE)))
                .as("leased")
                .isEmpty();

        Instant later = NOW.plus(LEASE).plusSeconds(1);
        Claimed retaken = deliveries.claim(later, later.plus(LEASE)).orElseThrow();
        assertThat(retaken.delivery().id()).isEqualTo(crashed.delivery().id());
        assertThat(retaken.token()).isNotEqualTo(crashed.token());

        var attempt = new Delivery.Attempt(1, later, 200, 5, null);
        assertThat(deliveries.attempted(crashed, attempt, Delivery.Status.DELIVERED, null))
                .as("the old claim is void")
                .isFalse();
        assertThat(deliveries.attempted(retaken, attempt, Delivery.Status.DELIVERED, null))
                .isTrue();
        Delivery delivered = deliveries.byId(retaken.delivery().id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(delivered.log()).containsExactly(attempt);
        assertThat(deliveries.claim(
                        later.plus(LEASE).plus(LEASE), later.plus(LEASE).plus(LEASE)))
                .isEmpty();
    }

    @Test
    void a_failed_attempt_waits_for_its_backoff_and_only_a_failed_delivery_is_replayed() {
        deliveries.addIfAbsent(pending("e1"));
        Claimed first = deliveries.claim(NOW, NOW.plus(LEASE)).orElseThrow();
        deliveries.attempted(
                first,
                new Delivery.Attempt(1, NOW, 500, 3, "answered HTTP 500"),
                Delivery.Status.PENDING,
                NOW.plusSeconds(10));

        assertThat(deliveries.claim(NOW.plusSeconds(9), NOW.plusSeconds(9).plus(LEASE)))
                .as("backing off")
                .isEmpty();
        assertThat(deliveries.replay(first.delivery().id(), NOW))
                .as("still pending")
                .isFalse();
        Claimed second = deliveries
                .claim(NOW.plusSeconds(10), NOW.plusSeconds(10).plus(LEASE))
                .orElseThrow();
        deliveries.attempted(
                second, new Delivery.Attempt(2, NOW, null, 10, "ConnectException"), Delivery.Status.FAILED, null);

        assertThat(deliveries.replay(first.delivery().id(), NOW.plusSeconds(60)))
                .isTrue();
        Optional<Claimed> again =
                deliveries.claim(NOW.plusSeconds(60), NOW.plusSeconds(60).plus(LEASE));
        assertThat(again).isPresent();
        assertThat(again.get().delivery().attempts()).isZero();
        assertThat(again.get().delivery().log()).hasSize(2);
    }

    @Test
    void concurrent_claimers_each_get_a_different_delivery() throws Exception {
        for (int n = 0; n < 20; n++) {
            deliveries.addIfAbsent(pending("e" + n + "-" + UUID.randomUUID()));
        }
        List<Thread> threads = new ArrayList<>();
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread claimer = new Thread(() -> {
                Optional<Claimed> next;
                while ((next = deliveries.claim(NOW, NOW.plus(LEASE))).isPresent()) {
                    claimed.add(next.get().delivery().id());
                }
            });
            claimer.start();
            threads.add(claimer);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(claimed).hasSize(20).doesNotHaveDuplicates();
    }
}
