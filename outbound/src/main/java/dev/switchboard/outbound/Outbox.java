package dev.switchboard.outbound;

import java.time.Instant;
import java.util.List;

/** Reading the recorded events back, for webhooks and subscriptions (recording is {@code domain.port.Events}). */
public interface Outbox {

    /** Events recorded at or after {@code since}, oldest recorded first, at most {@code limit}. */
    List<StoredEvent> recordedSince(Instant since, int limit);

    /** Events not yet turned into webhook deliveries, oldest recorded first, at most {@code limit}. */
    List<StoredEvent> awaitingFanOut(int limit);

    /** The event's deliveries exist: it leaves {@link #awaitingFanOut}. */
    void fannedOut(String eventId);
}
