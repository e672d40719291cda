package dev.switchboard.access;

import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Publishable widget keys. */
public interface WidgetKeys {

    void add(WidgetKey key);

    Optional<WidgetKey> byKey(String key);

    List<WidgetKey> all();

    /**
     * Keys by creation then key, revoked ones included, the {@code limit} just after {@code after} (from the first
     * when null; positions from {@link PagePosition#of(java.time.Instant, String)}), in one query.
     */
    default Slice<WidgetKey> page(int limit, PagePosition after) {
        return Slice.after(all(), k -> PagePosition.of(k.createdAt(), k.key()), after, limit);
    }

    /** How many keys there are, revoked ones included, counted by the store. */
    default long count() {
        return all().size();
    }

    /** Whether any live key lets pages of this origin call the API (answers CORS preflights, which carry no key). */
    boolean anyAllows(String origin);

    /** @return false when no such key or already revoked */
    boolean revoke(String key, Instant at);
}
