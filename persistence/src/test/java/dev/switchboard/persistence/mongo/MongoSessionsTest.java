package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browser sessions and rate windows in the embedded server over the wire protocol. */
class MongoSessionsTest {

    private static EmbeddedDatabase database;
    private static MongoSessions sessions;
    private static MongoRateWindows windows;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("sessions");
        sessions = new MongoSessions(database.template(), Duration.ofHours(8));
        windows = new MongoRateWindows(database.template());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void a_saved_session_is_found_by_its_id_with_its_attributes_and_lifetime() {
        MongoSessions.StoredSession session = sessions.createSession();
        session.setAttribute("who", "admin@example.test");
        sessions.save(session);

        MongoSessions.StoredSession found = sessions.findById(session.getId());

        assertThat(found.<String>getAttribute("who")).isEqualTo("admin@example.test");
        assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void after_the_id_changes_the_old_id_finds_nothing() {
        MongoSessions.StoredSession session = sessions.createSession();
        session.setAttribute("who", "admin");
        sessions.save(session);
        String planted = session.getId();

        session.changeSessionId();
        sessions.save(session);

        assertThat(sessions.findById(planted)).isNull();
        assertThat(sessions.findById(session.getId()).<String>getAttribute("who"))
                .isEqualTo("admin");
    }

    @Test
    void a_session_unused_for_longer_than_its_lifetime_is_gone() {
        MongoSessions.StoredSession session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(5));
        session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(6)));
        sessions.save(session);

        assertThat(sessions.findById(session.getId())).isNull();
    }

    @Test
    void a_deleted_session_is_gone() {
        MongoSessions.StoredSession session = sessions.createSession();
        sessions.save(session);

        sessions.deleteById(session.getId());

        assertThat(sessions.findById(session.getId())).isNull();
    }

    @Test
    void forty_requests_at_once_in_one_window_are_counted_one_to_forty() throws Exception {
        Instant minute = Instant.parse("2026-12-06T21:00:00Z");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            var counts = IntStream.range(0, 40)
                    .mapToObj(
                            i -> threads.submit(() -> windows.count("address:10.0.0.1", minute, Duration.ofMinutes(1))))
                    .toList();
            long[] seen = new long[40];
            int i = 0;
            for (Future<Long> count : counts) {
                seen[i++] = count.get();
            }
            assertThat(seen)
                    .containsExactlyInAnyOrder(
                            IntStream.rangeClosed(1, 40).asLongStream().toArray());
        } finally {
            threads.shutdown();
        }
        assertThat(windows.count("address:10.0.0.1", minute.plusSeconds(60), Duration.ofMinutes(1)))
                .isOne();
    }
}
