package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Tallies.Counted;
import dev.switchboard.domain.port.Tallies.Tally;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cap counter against the embedded server over the wire protocol: window turns and races. */
class MongoTalliesTest {

    private static EmbeddedDatabase database;
    private static MongoTallies tallies;

    private final PoolId pool = PoolId.random();
    private final RepId rep = RepId.random();

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("tallies");
        tallies = new MongoTallies(database.template());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private Tally tally(String day, String week) {
        return tallies.of(pool, List.of(rep), day, week).getOrDefault(rep, Tally.NONE);
    }

    @Test
    void a_daily_cap_stops_counting_until_the_next_day_which_still_counts_toward_the_week() {
        assertThat(tallies.tryCount(pool, rep, "2026-11-23", "2026-W48", 2, 3)).isEqualTo(Counted.COUNTED);
        assertThat(tallies.tryCount(pool, rep, "2026-11-23", "2026-W48", 2, 3)).isEqualTo(Counted.COUNTED);
        assertThat(tallies.tryCount(pool, rep, "2026-11-23", "2026-W48", 2, 3)).isEqualTo(Counted.AT_DAILY_CAP);

        assertThat(tallies.tryCount(pool, rep, "2026-11-24", "2026-W48", 2, 3)).isEqualTo(Counted.COUNTED);
        assertThat(tallies.tryCount(pool, rep, "2026-11-24", "2026-W48", 2, 3))
                .as("weekly cap of 3 reached")
                .isEqualTo(Counted.AT_WEEKLY_CAP);
        assertThat(tally("2026-11-24", "2026-W48")).isEqualTo(new Tally(1, 3));

        assertThat(tallies.tryCount(pool, rep, "2026-11-30", "2026-W49", 2, 3))
                .as("a new week starts over")
                .isEqualTo(Counted.COUNTED);
        assertThat(tally("2026-11-30", "2026-W49")).isEqualTo(new Tally(1, 1));
        assertThat(tally("2026-12-01", "2026-W49")).isEqualTo(new Tally(0, 1));
    }

    @Test
    void a_count_made_with_an_earlier_window_goes_to_the_stored_one_and_never_resets_it() {
        // An instance whose clock is ahead (or a decision made just after local midnight) counted two on Tuesday.
        assertThat(tallies.tryCount(pool, rep, "2026-11-24", "2026-W48", 2, 5)).isEqualTo(Counted.COUNTED);
        assertThat(tallies.tryCount(pool, rep, "2026-11-24", "2026-W48", 2, 5)).isEqualTo(Counted.COUNTED);

        assertThat(tallies.tryCount(pool, rep, "2026-11-23", "2026-W48", 2, 5))
                .as("still Monday here: Tuesday's cap is reached")
                .isEqualTo(Counted.AT_DAILY_CAP);
        assertThat(tally("2026-11-24", "2026-W48")).isEqualTo(new Tally(2, 2));
        assertThat(tally("2026-11-23", "2026-W48"))
                .as("read in the earlier window, the stored counts")
                .isEqualTo(new Tally(2, 2));

        assertThat(tallies.tryCount(pool, rep, "2026-11-30", "2026-W49", 2, 5)).isEqualTo(Counted.COUNTED);
        assertThat(tallies.tryCount(pool, rep, "2026-11-29", "2026-W48", 2, 5))
                .as("still last week here: counted in the new one")
                .isEqualTo(Counted.COUNTED);
        assertThat(tally("2026-11-30", "2026-W49")).isEqualTo(new Tally(2, 2));
        assertThat(tallies.tryCount(pool, rep, "2026-11-29", "2026-W48", 2, 5)).isEqualTo(Counted.AT_DAILY_CAP);
        assertThat(tally("2026-11-30", "2026-W49")).isEqualTo(new Tally(2, 2));
    }

    @Test
    void concurrent_counts_stop_exactly_at_the_cap() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Counted>> counted = IntStream.range(0, 50)
                    .mapToObj(n -> threads.submit(() -> tallies.tryCount(pool, rep, "2026-11-23", "2026-W48", 7, null)))
                    .toList();
            long taken = 0;
            for (Future<Counted> result : counted) {
                taken += result.get().counted() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(7);
            assertThat(tally("2026-11-23", "2026-W48")).isEqualTo(new Tally(7, 7));
        } finally {
            threads.shutdown();
        }
    }
}
