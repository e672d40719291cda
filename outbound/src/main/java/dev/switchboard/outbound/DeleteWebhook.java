package dev.switchboard.outbound;

import dev.switchboard.domain.model.InputRejected;

/**
 * An admin removes a webhook: no event is fanned out to it any more, and its pending deliveries fail at their
 * next attempt. {@code NOT_FOUND} when there is no such webhook.
 */
public final class DeleteWebhook {

    private final Webhooks webhooks;

    public DeleteWebhook(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public void delete(String id) {
        if (!webhooks.delete(id)) {
            throw InputRejected.notFound("id", "webhook", id);
        }
    }
}
