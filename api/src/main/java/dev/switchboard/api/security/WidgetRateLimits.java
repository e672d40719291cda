package dev.switchboard.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.Map;
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

    /** Takes one request from both buckets; false when either is empty. */
    boolean admit(String key, String address) {
        return take(addresses, address, perAddress) && take(keys, key, perKey);
    }

    private static boolean take(Map<String, Bucket> buckets, String id, int perMinute) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(id, any -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
