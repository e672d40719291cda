package dev.switchboard.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Integrators' API keys, found by the hash of the key presented. */
public interface ApiKeys {

    void add(ApiKey key);

    Optional<ApiKey> byHash(String hash);

    List<ApiKey> all();

    /** @return false when no such key or already revoked */
    boolean revoke(String id, Instant at);

    /**
     * Records a use, unless one was recorded less than {@code every} ago: a single conditional update,
     * so a busy key costs at most one write per interval whatever the number of instances.
     */
    void used(String id, Instant at, Duration every);
}
