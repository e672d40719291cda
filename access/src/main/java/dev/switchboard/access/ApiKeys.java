package dev.switchboard.access;

import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Integrators' API keys, found by the hash of the key presented. */
public interface ApiKeys {

    void add(ApiKey key);

    Optional<ApiKey> byHash(String hash);

    List<ApiKey> all();

    /**
     * Keys by creation then id, revoked ones included, the {@code limit} just after {@code after} (from the first
     * when null; positions from {@link PagePosition#of(java.time.Instant, String)}), in one query.
     */
    default Slice<ApiKey> page(int limit, PagePosition after) {
        return Slice.after(all(), k -> PagePosition.of(k.createdAt(), k.id()), after, limit);
    }

    /** How many keys there are, revoked ones included, counted by the store. */
    default long count() {
        return all().size();
    }

    /** @return false when no such key or already revoked */
    boolean revoke(String id, Instant at);

    /**
     * Records a use, unless one was recorded less than {@code every} ago: a single conditional update,
     * so a busy key costs at most one write per interval whatever the number of instances.
     */
    void used(String id, Instant at, Duration every);
}
