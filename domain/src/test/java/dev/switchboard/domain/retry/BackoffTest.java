package dev.switchboard.domain.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.retry.Backoff.Jitter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retry policy every delivery shares: doubling ceilings up to a cap, full jitter above the first wait, a last attempt. */
class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofMinutes(1);

    @Test
    void the_most_a_retry_waits_doubles_after_each_failure_up_to_the_cap() {
        Backoff backoff = Backoff.of(FIRST, CAP, 8);

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.ceiling(4)).isEqualTo(CAP);
        assertThat(backoff.ceiling(1_000)).isEqualTo(CAP);
    }

    @Test
    void the_jitter_places_each_wait_between_the_first_wait_and_the_ceiling() {
        Backoff least = new Backoff(FIRST, CAP, 8, Jitter.fixed(0));
        Backoff most = least.withJitter(Jitter.fixed(1));
        Backoff half = least.withJitter(Jitter.fixed(0.5));

        assertThat(least.delay(3)).isEqualTo(FIRST);
        assertThat(most.delay(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(half.delay(3)).isEqualTo(Duration.ofSeconds(25));
        assertThat(most.delay(9)).isEqualTo(CAP);
    }

    @Test
    void the_first_retry_waits_exactly_the_first_wait_whatever_the_jitter() {
        assertThat(new Backoff(FIRST, CAP, 8, Jitter.fixed(1)).delay(1)).isEqualTo(FIRST);
        assertThat(new Backoff(FIRST, CAP, 8, Jitter.fixed(0)).delay(1)).isEqualTo(FIRST);
    }

    @Test
    void random_waits_stay_within_their_range() {
        Backoff backoff = Backoff.of(FIRST, CAP, 8);

        for (int n = 0; n < 1_000; n++) {
            assertThat(backoff.delay(3)).isBetween(FIRST, Duration.ofSeconds(40));
            assertThat(backoff.delay(20)).isBetween(FIRST, CAP);
        }
    }

    @Test
    void after_the_last_attempt_nothing_is_due() {
        Backoff backoff = new Backoff(FIRST, CAP, 3, Jitter.fixed(0));
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(backoff.next(1, now)).contains(now.plus(FIRST));
        assertThat(backoff.next(2, now)).contains(now.plus(FIRST));
        assertThat(backoff.exhausted(2)).isFalse();
        assertThat(backoff.exhausted(3)).isTrue();
        assertThat(backoff.next(3, now)).isEmpty();
    }

    @Test
    void a_policy_that_could_not_run_is_refused() {
        assertThatThrownBy(() -> Backoff.of(Duration.ZERO, CAP, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.of(CAP, FIRST, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Backoff.of(FIRST, CAP, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jitter.fixed(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
