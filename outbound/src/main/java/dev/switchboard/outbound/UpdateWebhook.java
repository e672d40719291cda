package dev.switchboard.outbound;

import dev.switchboard.domain.model.InputRejected;

/**
 * An admin changes a webhook's URL and event types, and its secret when one is given (kept otherwise).
 * Deliveries still pending go to the new URL with the new secret. {@code NOT_FOUND} when there is no such webhook;
 * {@code STALE} on {@code expectedVersion} when the webhook changed since the version the edit was made from (of two
 * edits made from one version, exactly one lands).
 */
public final class UpdateWebhook {

    private final Webhooks webhooks;

    public UpdateWebhook(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    public Webhook update(String id, WebhookCommand command) {
        return update(id, command, null);
    }

    /** The same, only while the webhook is at {@code expectedVersion} (any when null). */
    public Webhook update(String id, WebhookCommand command, Integer expectedVersion) {
        if (!webhooks.update(id, command.url(), command.eventTypes(), command.secret(), expectedVersion)) {
            if (expectedVersion != null && webhooks.byId(id).isPresent()) {
                throw InputRejected.stale("webhook", expectedVersion);
            }
            throw InputRejected.notFound("id", "webhook", id);
        }
        return webhooks.byId(id).orElseThrow(() -> InputRejected.notFound("id", "webhook", id));
    }
}
