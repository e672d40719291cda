package dev.switchboard.outbound;

import java.util.List;
import java.util.Optional;

/** The registered webhooks, secrets included (stored sealed). */
public interface Webhooks {

    void add(Webhook webhook);

    /** Replaces url and event types (and the secret when {@code secret} is not null); false when there is no such webhook. */
    boolean update(String id, String url, List<String> eventTypes, String secret);

    boolean delete(String id);

    Optional<Webhook> byId(String id);

    List<Webhook> all();
}
