package dev.switchboard.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Publishable widget keys. */
public interface WidgetKeys {

    void add(WidgetKey key);

    Optional<WidgetKey> byKey(String key);

    List<WidgetKey> all();

    /** Whether any live key lets pages of this origin call the API (answers CORS preflights, which carry no key). */
    boolean anyAllows(String origin);

    /** @return false when no such key or already revoked */
    boolean revoke(String key, Instant at);
}
