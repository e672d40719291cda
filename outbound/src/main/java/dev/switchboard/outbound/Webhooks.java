package dev.switchboard.outbound;

import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.util.List;
import java.util.Optional;

/** The registered webhooks, secrets included (stored sealed). */
public interface Webhooks {

    void add(Webhook webhook);

    /**
     * Replaces url and event types (and the secret when {@code secret} is not null) and counts the version up by one,
     * in one atomic step, only while the webhook's version is {@code expectedVersion} (any when null); false, storing
     * nothing, when there is no such webhook or its version moved.
     */
    boolean update(String id, String url, List<String> eventTypes, String secret, Integer expectedVersion);

    boolean delete(String id);

    Optional<Webhook> byId(String id);

    List<Webhook> all();

    /**
     * Webhooks by creation then id, the {@code limit} just after {@code after} (from the first when null;
     * positions from {@link PagePosition#of(java.time.Instant, String)}), in one query.
     */
    default Slice<Webhook> page(int limit, PagePosition after) {
        return Slice.after(all(), w -> PagePosition.of(w.createdAt(), w.id()), after, limit);
    }

    /** How many webhooks there are, counted by the store. */
    default long count() {
        return all().size();
    }
}
