package dev.switchboard.outbound;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.time.Clock;

/**
 * An admin sends a delivery that failed for good once more: it becomes PENDING, due now, with a fresh round of
 * attempts, and its log keeps the earlier ones. Rejections: {@code NOT_FOUND}, {@code NOT_REPLAYABLE} (it is not
 * FAILED: still pending, or delivered).
 */
public final class ReplayWebhookDelivery {

    private final Deliveries deliveries;
    private final Clock clock;

    public ReplayWebhookDelivery(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Delivery replay(String deliveryId) {
        Delivery delivery = deliveries
                .byId(deliveryId)
                .orElseThrow(() -> InputRejected.notFound("deliveryId", "webhook delivery", deliveryId));
        if (!deliveries.replay(deliveryId, clock.instant())) {
            throw new InputRejected(
                    ErrorCode.NOT_REPLAYABLE,
                    "deliveryId",
                    "delivery " + deliveryId + " is " + delivery.status() + "; only a FAILED delivery is replayed");
        }
        return deliveries.byId(deliveryId).orElseThrow();
    }
}
