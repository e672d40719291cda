package dev.switchboard.api.security;

import java.time.Duration;
import java.util.Optional;

/** The widget limits, per client address and per key, each per minute across all instances ({@link RateLimits}). */
final class WidgetRateLimits {

    private final RateLimits limits;
    private final int perKey;
    private final int perAddress;

    WidgetRateLimits(RateLimits limits, int perKey, int perAddress) {
        this.limits = limits;
        this.perKey = perKey;
        this.perAddress = perAddress;
    }

    /**
     * Counts one request against both limits. Empty when it was admitted; otherwise how long until the minute
     * ends and a request is admitted again.
     */
    Optional<Duration> admit(String key, String address) {
        Optional<Duration> wait = limits.take("address:" + address, perAddress);
        return wait.isPresent() ? wait : limits.take("key:" + key, perKey);
    }
}
