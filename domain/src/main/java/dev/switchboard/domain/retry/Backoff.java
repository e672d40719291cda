package dev.switchboard.domain.retry;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy of every delivery that can fail for a while (webhooks, meeting mail, calendar writes, calls
 * to Google): after the n-th failed attempt the next one waits a random time between {@code first} and
 * {@code min(cap, first × 2^(n-1))}, and after {@code maxAttempts} attempts there is no next one.
 * <p>
 * The ceiling grows exponentially so a long outage is not hammered; the wait is spread at random below it ("full
 * jitter", floored at {@code first} so a retry never comes sooner than configured) so that many deliveries failing
 * together, say when a receiver went down, do not all come back at the same instant. The first retry waits exactly
 * {@code first}. The randomness is a {@link Jitter}, so tests choose it.
 *
 * @param first       the wait before the first retry, and the least wait before any retry
 * @param cap         the longest wait before any retry
 * @param maxAttempts attempts in all, the first one included; at least 1
 * @param jitter      where in its range each wait falls
 */
public record Backoff(Duration first, Duration cap, int maxAttempts, Jitter jitter) {

    /** Where a wait falls between its least and its most: a fraction in {@code [0, 1]}, 0 the least. */
    @FunctionalInterface
    public interface Jitter {

        double fraction();

        /** Uniform at random: what runs. */
        static Jitter random() {
            return () -> ThreadLocalRandom.current().nextDouble();
        }

        /** Always the same fraction: for tests, and for callers that want no spread. */
        static Jitter fixed(double fraction) {
            if (fraction < 0 || fraction > 1) {
                throw new IllegalArgumentException("a jitter fraction is between 0 and 1, not " + fraction);
            }
            return () -> fraction;
        }
    }

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(jitter, "jitter");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first retry waits a positive time, not " + first);
        }
        if (cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("the longest wait " + cap + " is shorter than the first " + first);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is made, not " + maxAttempts);
        }
    }

    /** The policy with random jitter, as it runs. */
    public static Backoff of(Duration first, Duration cap, int maxAttempts) {
        return new Backoff(first, cap, maxAttempts, Jitter.random());
    }

    /** The same policy with another jitter. */
    public Backoff withJitter(Jitter other) {
        return new Backoff(first, cap, maxAttempts, other);
    }

    /** Whether {@code attempts} failed attempts are all there may be. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The most a retry after {@code attempts} failed attempts waits: {@code min(cap, first × 2^(attempts-1))}. */
    public Duration ceiling(int attempts) {
        Duration wait = first;
        for (int n = 1; n < attempts && wait.compareTo(cap) < 0; n++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** The wait before the next attempt after {@code attempts} failed ones, whether or not one may follow. */
    public Duration delay(int attempts) {
        Duration ceiling = ceiling(attempts);
        long spread = ceiling.minus(first).toMillis();
        double fraction = Math.min(1, Math.max(0, jitter.fraction()));
        return first.plusMillis(Math.round(spread * fraction));
    }

    /** When the next attempt is due after {@code attempts} failed ones at {@code now}; empty when they were the last. */
    public Optional<Instant> next(int attempts, Instant now) {
        return exhausted(attempts) ? Optional.empty() : Optional.of(now.plus(delay(attempts)));
    }
}
