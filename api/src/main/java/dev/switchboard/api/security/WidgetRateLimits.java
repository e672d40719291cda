package dev.switchboard.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for widget traffic, one per key and one per client address, refilled each minute. They live
 * in this instance's memory: with N instances behind a balancer a client gets up to N times the rate, which
 * is still a bound; nothing shared is needed for it. When a map grows past its bound it is cleared (everyone
 * starts with a full bucket again) rather than grow without end under a flood of addresses.
 */
final class WidgetRateLimits {

    private static final int MAX_TRACKED = 100_000;

    private final int perKey;
    private final int perAddress;
    private final Map<String, Bucket> keys = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    WidgetRateLimits(int perKey, int perAddress) {
        this.perKey = perKey;
        this.perAddress = perAddress;
    }

    /**
     * Takes one request from both buckets. Empty when it was admitted; otherwise how long until the emptier bucket
     * holds a request again, as Bucket4j computes it from its refill rate.
     */
    Optional<Duration> admit(String key, String address) {
        Optional<Duration> wait = take(addresses, address, perAddress);
        return wait.isPresent() ? wait : take(keys, key, perKey);
    }

    private static Optional<Duration> take(Map<String, Bucket> buckets, String id, int perMinute) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(
                        id,
                        any -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perMinute)
                                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                                        .build())
                                .build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
