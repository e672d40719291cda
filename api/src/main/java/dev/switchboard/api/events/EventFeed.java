package dev.switchboard.api.events;

import dev.switchboard.outbound.Outbox;
import dev.switchboard.outbound.StoredEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Events for this instance's subscribers, read from the outbox, so an event recorded on any instance reaches
 * subscribers on every one. Each poll reads what was recorded since the last one, reaching {@link #OVERLAP} further
 * back to catch events stamped a little earlier by another instance's clock or stored late by a slow insert;
 * events seen in that stretch are remembered, so none is published twice.
 */
public final class EventFeed {

    static final Duration OVERLAP = Duration.ofSeconds(5);
    /** More events than this recorded within {@link #OVERLAP} are beyond what one poll publishes. */
    private static final int PAGE = 10_000;

    private final Outbox outbox;
    /**
     * A subscription is attached a moment after the client asks for it; events of the last few seconds are replayed
     * to a new subscriber so that an event recorded in that moment is not missed.
     */
    static final Duration REPLAY = Duration.ofSeconds(5);

    private final Sinks.Many<StoredEvent> sink = Sinks.many().replay().limit(REPLAY);
    private final Map<String, Instant> seen = new HashMap<>();
    private Instant since;

    public EventFeed(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        // Subscribers hear of what happens from now on, not of the history.
        this.since = clock.instant();
    }

    /** Every event recorded on any instance from a few seconds ({@link #REPLAY}) before the subscription on. */
    public Flux<StoredEvent> events() {
        return sink.asFlux();
    }

    /** Reads the outbox once and publishes what is new; called by one scheduled thread. */
    public synchronized void poll() {
        for (StoredEvent event : outbox.recordedSince(since.minus(OVERLAP), PAGE)) {
            if (seen.putIfAbsent(event.id(), event.recordedAt()) == null) {
                sink.tryEmitNext(event);
            }
            if (event.recordedAt().isAfter(since)) {
                since = event.recordedAt();
            }
        }
        Instant forgetBefore = since.minus(OVERLAP);
        seen.values().removeIf(at -> at.isBefore(forgetBefore));
    }
}
