package dev.switchboard.outbound;

import java.time.Instant;
import java.util.List;

/**
 * One event on its way to one webhook, with every attempt made. Its id is the event's and the webhook's, so it
 * exists once however many instances fan the event out.
 *
 * @param attempts      attempts made since it was created or last replayed
 * @param nextAttemptAt when it is due (again) while PENDING
 */
public record Delivery(
        String id,
        String webhookId,
        String eventId,
        String eventType,
        String body,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        List<Attempt> log) {

    public Delivery {
        log = List.copyOf(log);
    }

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }

    /**
     * One try: the receiver's HTTP status, or the error that kept it from answering.
     *
     * @param number the attempt's number over the delivery's whole life, replays included
     */
    public record Attempt(int number, Instant at, Integer statusCode, long durationMillis, String error) {}

    public static String idOf(String eventId, String webhookId) {
        return eventId + "@" + webhookId;
    }
}
