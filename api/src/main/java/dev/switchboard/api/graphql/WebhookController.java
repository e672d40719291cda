package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.outbound.CreateWebhook;
import dev.switchboard.outbound.DeleteWebhook;
import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.Delivery;
import dev.switchboard.outbound.ReplayWebhookDelivery;
import dev.switchboard.outbound.UpdateWebhook;
import dev.switchboard.outbound.Webhook;
import dev.switchboard.outbound.WebhookCommand;
import dev.switchboard.outbound.Webhooks;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Admins register webhooks and watch their deliveries. */
@Controller
class WebhookController {

    record WebhookView(String id, String url, List<String> eventTypes, Instant createdAt, int version) {
        static WebhookView of(Webhook w) {
            return new WebhookView(w.id(), w.url(), w.eventTypes(), w.createdAt(), w.version());
        }
    }

    record DeliveryView(
            String id,
            String eventId,
            String eventType,
            Delivery.Status status,
            int attempts,
            Instant nextAttemptAt,
            Instant createdAt,
            String body,
            List<Delivery.Attempt> log) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(
                    d.id(),
                    d.eventId(),
                    d.eventType(),
                    d.status(),
                    d.attempts(),
                    d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null,
                    d.createdAt(),
                    d.body(),
                    d.log());
        }
    }

    record CreateWebhookInput(String url, List<String> eventTypes, String secret) {}

    record UpdateWebhookInput(String id, String url, List<String> eventTypes, String secret, Integer expectedVersion) {}

    record DeleteWebhookInput(String id) {}

    record ReplayWebhookDeliveryInput(String deliveryId) {}

    record CreateWebhookPayload(WebhookView webhook, String secret, List<UserError> errors) {}

    record WebhookPayload(WebhookView webhook, List<UserError> errors) {}

    record DeleteWebhookPayload(String deletedId, List<UserError> errors) {}

    record ReplayWebhookDeliveryPayload(DeliveryView delivery, List<UserError> errors) {}

    private final CreateWebhook createWebhook;
    private final UpdateWebhook updateWebhook;
    private final DeleteWebhook deleteWebhook;
    private final ReplayWebhookDelivery replayWebhookDelivery;
    private final Webhooks webhooks;
    private final Deliveries deliveries;

    WebhookController(
            CreateWebhook createWebhook,
            UpdateWebhook updateWebhook,
            DeleteWebhook deleteWebhook,
            ReplayWebhookDelivery replayWebhookDelivery,
            Webhooks webhooks,
            Deliveries deliveries) {
        this.createWebhook = createWebhook;
        this.updateWebhook = updateWebhook;
        this.deleteWebhook = deleteWebhook;
        this.replayWebhookDelivery = replayWebhookDelivery;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @MutationMapping
    CreateWebhookPayload createWebhook(@Argument CreateWebhookInput input) {
        try {
            Webhook created = createWebhook.create(new WebhookCommand(input.url(), input.eventTypes(), input.secret()));
            return new CreateWebhookPayload(WebhookView.of(created), created.secret(), List.of());
        } catch (InputRejected rejected) {
            return new CreateWebhookPayload(null, null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new CreateWebhookPayload(null, null, UserError.of(rejected));
        }
    }

    @MutationMapping
    WebhookPayload updateWebhook(@Argument UpdateWebhookInput input) {
        try {
            Webhook updated = updateWebhook.update(
                    input.id(),
                    new WebhookCommand(input.url(), input.eventTypes(), input.secret()),
                    input.expectedVersion());
            return new WebhookPayload(WebhookView.of(updated), List.of());
        } catch (InputRejected rejected) {
            return new WebhookPayload(null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new WebhookPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    DeleteWebhookPayload deleteWebhook(@Argument DeleteWebhookInput input) {
        try {
            deleteWebhook.delete(input.id());
            return new DeleteWebhookPayload(input.id(), List.of());
        } catch (InputRejected rejected) {
            return new DeleteWebhookPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    ReplayWebhookDeliveryPayload replayWebhookDelivery(@Argument ReplayWebhookDeliveryInput input) {
        try {
            return new ReplayWebhookDeliveryPayload(
                    DeliveryView.of(replayWebhookDelivery.replay(input.deliveryId())), List.of());
        } catch (InputRejected rejected) {
            return new ReplayWebhookDeliveryPayload(null, UserError.of(rejected));
        }
    }

    @QueryMapping
    Connection<WebhookView> webhooks(@Argument Integer first, @Argument String after) {
        return Connection.of(
                webhooks.page(Connection.limit(first), Cursor.WEBHOOKS.decode(after)),
                w -> Cursor.WEBHOOKS.encode(PagePosition.of(w.createdAt(), w.id())),
                WebhookView::of,
                webhooks::count);
    }

    @QueryMapping
    Connection<DeliveryView> webhookDeliveries(
            @Argument String webhookId, @Argument Integer first, @Argument String after) {
        Deliveries.Page page = deliveries.forWebhook(webhookId, Connection.limit(first), after);
        return Connection.of(
                new Slice<>(page.items(), page.hasMore()),
                Delivery::id,
                DeliveryView::of,
                () -> deliveries.countForWebhook(webhookId));
    }
}
