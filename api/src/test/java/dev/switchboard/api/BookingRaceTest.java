package dev.switchboard.api;

import static dev.switchboard.api.Booker.errorCodes;
import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two app instances on one database: twenty prospects booking one rep's slot at once, one of them gets it. */
class BookingRaceTest {

    @Test
    void twenty_concurrent_bookings_of_one_slot_across_two_instances_give_one_booking_and_nineteen_slot_taken()
            throws Exception {
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                        EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
                RunningApp first = RunningApp.start(Map.of(
                        "spring.mongodb.uri", database.connectionString("shared"), "switchboard.sla.enabled", false));
                RunningApp second = RunningApp.start(Map.of(
                        "spring.mongodb.uri", database.connectionString("shared"), "switchboard.sla.enabled", false))) {

            Workspace setup = new Workspace(first.graphQl());
            Booker booker = new Booker(first.graphQl());
            String pool = setup.pool("Anna alone", List.of(setup.rep("Anna")));
            String intro = booker.meetingType(30, 0);
            List<String> leads = new ArrayList<>();
            for (int n = 0; n < 20; n++) {
                leads.add(booker.lead(setup, pool, n));
            }
            List<Booker> instances = List.of(booker, new Booker(second.graphQl()));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService prospects = Executors.newFixedThreadPool(20);
            List<Future<JsonNode>> answers = new ArrayList<>();
            try {
                for (int n = 0; n < 20; n++) {
                    int prospect = n;
                    Callable<JsonNode> book = () -> {
                        start.await();
                        return instances.get(prospect % 2).book(leads.get(prospect), intro, monday("10:00"), null);
                    };
                    answers.add(prospects.submit(book));
                }
                start.countDown();
                int booked = 0;
                int taken = 0;
                for (Future<JsonNode> answer : answers) {
                    JsonNode payload = answer.get();
                    if (payload.at("/errors").isEmpty()) {
                        booked++;
                        assertThat(payload.at("/booking/start").asString())
                                .isEqualTo(monday("10:00").toString());
                    } else {
                        assertThat(errorCodes(payload)).as(payload.toString()).containsExactly("SLOT_TAKEN");
                        assertThat(payload.at("/slots").size())
                                .as("fresh slots to pick again")
                                .isPositive();
                        assertThat(payload.at("/slots")
                                        .valueStream()
                                        .map(s -> s.at("/start").asString()))
                                .doesNotContain(monday("10:00").toString());
                        taken++;
                    }
                }
                assertThat(booked).isEqualTo(1);
                assertThat(taken).isEqualTo(19);
                JsonNode stored = first.graphQl()
                        .execute("{ bookings(first: 100) { edges { node { start } } } }")
                        .at("/data/bookings/edges");
                assertThat(stored.size()).isEqualTo(1);
            } finally {
                prospects.shutdown();
            }
        }
    }
}
