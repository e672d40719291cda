package dev.switchboard.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What waits to leave the system besides webhooks, as an admin watches it: each booking's calendar write and each
 * mail, with where it stands. A retry makes an item due now, so the background jobs pick it up at their next pass.
 */
public interface OutboxItems {

    enum Kind {
        CALENDAR_WRITE,
        MAIL
    }

    /**
     * @param state    PENDING, WRITTEN or FAILED for a calendar write; PENDING, SENT or FAILED for a mail
     * @param about    what it is: the booking's title for a calendar write, the mail's kind (BOOKED, NOTE ...)
     * @param attempts failed attempts so far
     */
    record Item(
            Kind kind,
            String id,
            String state,
            String about,
            String bookingId,
            int attempts,
            String lastError,
            Instant nextAttemptAt) {

        public boolean retryable() {
            return state.equals("PENDING") || state.equals("FAILED");
        }
    }

    /** Items of one kind, failed ones first, then by when they are due, latest first; at most {@code limit}. */
    List<Item> listed(Kind kind, String state, int limit);

    Optional<Item> byId(Kind kind, String id);

    /**
     * Makes a pending or failed item due at {@code now} with its attempts counted from zero again, in one
     * single-document update; an item already written or sent is left as it is. Retrying twice is retrying once.
     *
     * @return the item as it stands after the call, empty when there is no such item
     */
    Optional<Item> retry(Kind kind, String id, Instant now);
}
