package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Standings.Entry;
import dev.switchboard.domain.port.Standings.Standing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The equal-distribution standing against the embedded server over the wire protocol: versions and races. */
class MongoStandingsTest {

    private static EmbeddedDatabase database;
    private static MongoStandings standings;

    private final PoolId pool = PoolId.random();
    private final RepId ana = new RepId("ana.smith");
    private final RepId ben = new RepId("ben");

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("standings");
        standings = new MongoStandings(database.template());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void a_standing_is_replaced_only_from_the_version_it_was_read_at() {
        assertThat(standings.of(pool, "2026-W48")).isEqualTo(Standing.EMPTY);

        assertThat(standings.replace(pool, "2026-W48", 0, Map.of(ana, new Entry(1, 0, false))))
                .isTrue();
        assertThat(standings.replace(pool, "2026-W48", 0, Map.of(ben, new Entry(1, 0, false))))
                .as("the window began meanwhile")
                .isFalse();
        assertThat(standings.replace(
                        pool, "2026-W48", 1, Map.of(ana, new Entry(1, 2, false), ben, new Entry(0, 0, true))))
                .isTrue();
        assertThat(standings.replace(pool, "2026-W48", 1, Map.of()))
                .as("a stale version")
                .isFalse();

        assertThat(standings.of(pool, "2026-W48"))
                .isEqualTo(new Standing(2, Map.of(ana, new Entry(1, 2, false), ben, new Entry(0, 0, true))));
        assertThat(standings.of(pool, "2026-W49"))
                .as("another window starts empty")
                .isEqualTo(Standing.EMPTY);
    }

    @Test
    void concurrent_read_then_replace_loops_lose_no_increment() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> attempts = IntStream.range(0, 100)
                    .mapToObj(n -> threads.submit(() -> {
                        start.await();
                        RepId rep = n % 2 == 0 ? ana : ben;
                        for (int attempt = 1; ; attempt++) {
                            Standing read = standings.of(pool, "2026-11");
                            Map<RepId, Entry> next = new HashMap<>(read.entries());
                            Entry entry = next.getOrDefault(rep, Entry.NONE);
                            next.put(rep, new Entry(entry.count() + 1, 0, false));
                            if (standings.replace(pool, "2026-11", read.version(), next)) {
                                return attempt;
                            }
                        }
                    }))
                    .toList();
            start.countDown();
            int tries = 0;
            for (Future<Integer> attempt : attempts) {
                tries += attempt.get();
            }
            Standing after = standings.of(pool, "2026-11");
            assertThat(after.version()).isEqualTo(100);
            assertThat(after.entries())
                    .containsOnly(Map.entry(ana, new Entry(50, 0, false)), Map.entry(ben, new Entry(50, 0, false)));
        } finally {
            threads.shutdown();
        }
    }
}
