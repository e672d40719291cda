package dev.switchboard.api.security;

import dev.switchboard.access.RateWindows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Requests per minute per subject (a client address, a key), counted in the database by one atomic count per
 * limit and request, so a limit holds across every instance together: with N instances behind a balancer a client
 * still gets the configured rate, not N times it. Minutes are fixed windows: a client refused is told the real
 * wait, the rest of the minute, and may spend a minute's requests at the end of one minute and again at the start
 * of the next.
 */
final class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateWindows windows;
    private final Clock clock;

    RateLimits(RateWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /**
     * Counts one request of {@code subject}. Empty when it was admitted (the count this minute is at most
     * {@code perMinute}); otherwise how long until the minute ends and a request is admitted again.
     */
    Optional<Duration> take(String subject, int perMinute) {
        Instant now = clock.instant();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), 60));
        if (windows.count(subject, start, MINUTE) <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, start.plus(MINUTE)));
    }

    /** Whole seconds, rounded up: a client that waits exactly this long finds a request admitted. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
    }
}
