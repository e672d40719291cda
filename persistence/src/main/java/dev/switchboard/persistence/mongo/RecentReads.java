package dev.switchboard.persistence.mongo;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What an adapter read of configuration (settings, accounts, keys), kept for a short time so that a lead does not
 * read the same unchanged document again. A write through this instance forgets everything at once; a write through
 * another instance is seen here within {@code ttl}. A read that raced with a write is not kept: each entry records
 * the generation it was read in, and a write starts a new one. Bounded: past {@code max} entries it starts afresh.
 */
final class RecentReads<K, V> {

    private record Entry<V>(V value, long readAt, long generation) {}

    private final long ttlNanos;
    private final int max;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    RecentReads(Duration ttl, int max) {
        this.ttlNanos = ttl.toNanos();
        this.max = max;
    }

    V get(K key, Supplier<V> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.generation() == current && now - kept.readAt() < ttlNanos) {
            return kept.value();
        }
        V value = read.get();
        if (generation.get() == current) {
            if (entries.size() >= max) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now, current));
        }
        return value;
    }

    /** After a write: nothing read before it is answered again. */
    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
