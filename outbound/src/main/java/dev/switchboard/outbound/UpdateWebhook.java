package dev.switchboard.outbound;

import dev.switchboard.domain.model.InputRejected;

/**
 * An admin changes a webhook's URL and event types, and its secret when one is given (kept otherwise).
 * Deliveries still pending go to the new URL with the new secret. {@code NOT_FOUND} when there is no such webhook.
 */
public final class UpdateWebhook {

    private final Webhooks webhooks;

    public UpdateWebhook(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public Webhook update(String id, WebhookCommand command) {
        if (!webhooks.update(id, command.url(), command.eventTypes(), command.secret())) {
            throw InputRejected.notFound("id", "webhook", id);
        }
        return webhooks.byId(id).orElseThrow(() -> InputRejected.notFound("id", "webhook", id));
    }
}
