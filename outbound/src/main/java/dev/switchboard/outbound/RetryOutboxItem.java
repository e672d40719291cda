package dev.switchboard.outbound;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.OutboxItems;
import java.time.Clock;

/**
 * An admin's retry of a calendar write or a mail: due now, its attempts counted afresh, so the background job
 * takes it at its next pass. Idempotent: a second retry before the job ran changes nothing more, and an item
 * already written or sent stays as it is (the answer says so).
 */
public final class RetryOutboxItem {

    /** @param retried false when the item was already written or sent, so nothing was due again */
    public record Retried(OutboxItems.Item item, boolean retried) {}

    private final OutboxItems items;
    private final Clock clock;

    public RetryOutboxItem(OutboxItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    public Retried retry(OutboxItems.Kind kind, String id) {
        if (kind == null) {
            throw InputRejected.required("kind");
        }
        if (id == null || id.isBlank()) {
            throw InputRejected.required("id");
        }
        OutboxItems.Item before = items.byId(kind, id)
                .orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "id", "no such item in the outbox"));
        if (!before.retryable()) {
            return new Retried(before, false);
        }
        return new Retried(items.retry(kind, id, clock.instant()).orElse(before), true);
    }
}
