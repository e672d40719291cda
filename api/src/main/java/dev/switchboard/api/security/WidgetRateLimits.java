package dev.switchboard.api.security;

import dev.switchboard.access.RateWindows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The widget limits, per client address and per key, each counted per minute in the database, so they hold
 * across every instance together: with N instances behind a balancer a client still gets the configured rate,
 * not N times it. One atomic count per limit and request. Minutes are fixed windows: a client refused is told
 * the real wait, the rest of the minute, and a client may spend a minute's requests at the end of one minute
 * and again at the start of the next.
 */
final class WidgetRateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RateWindows windows;
    private final int perKey;
    private final int perAddress;
    private final Clock clock;

    WidgetRateLimits(RateWindows windows, int perKey, int perAddress, Clock clock) {
        this.windows = windows;
        this.perKey = perKey;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /**
     * Counts one request against both limits. Empty when it was admitted; otherwise how long until the minute
     * ends and a request is admitted again.
     */
    Optional<Duration> admit(String key, String address) {
        Optional<Duration> wait = take("address:" + address, perAddress);
        return wait.isPresent() ? wait : take("key:" + key, perKey);
    }

    private Optional<Duration> take(String subject, int perMinute) {
        Instant now = clock.instant();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), 60));
        if (windows.count(subject, start, MINUTE) <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, start.plus(MINUTE)));
    }
}
