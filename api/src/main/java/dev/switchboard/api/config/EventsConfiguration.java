package dev.switchboard.api.config;

import dev.switchboard.api.events.EventFeed;
import dev.switchboard.api.ops.CountedDeliveries;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.OutboxItems;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.retry.Backoff;
import dev.switchboard.outbound.CreateWebhook;
import dev.switchboard.outbound.DeleteWebhook;
import dev.switchboard.outbound.DeliverWebhooks;
import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.EventHandler;
import dev.switchboard.outbound.FanOutEvents;
import dev.switchboard.outbound.Outbox;
import dev.switchboard.outbound.ReplayWebhookDelivery;
import dev.switchboard.outbound.RetryOutboxItem;
import dev.switchboard.outbound.UpdateWebhook;
import dev.switchboard.outbound.Webhooks;
import dev.switchboard.outbound.adapter.http.HttpWebhookEndpoints;
import dev.switchboard.outbound.mail.MailOutbox;
import dev.switchboard.outbound.mail.TellRepOfAssignedLead;
import dev.switchboard.routing.events.RelayPendingEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's relay, webhooks and the subscription feed, wired to the MongoDB adapters. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    @Bean
    RelayPendingEvents relayPendingEvents(Leads leads, Assignments assignments, Events events) {
        return new RelayPendingEvents(leads, assignments, events);
    }

    @Bean
    FanOutEvents fanOutEvents(
            Outbox outbox, Webhooks webhooks, Deliveries deliveries, List<EventHandler> handlers, Clock clock) {
        return new FanOutEvents(outbox, webhooks, deliveries, handlers, clock);
    }

    /** The rep's mail of a lead assigned to them, queued from the outbox's event (sent when mail is on). */
    @Bean
    RetryOutboxItem retryOutboxItem(OutboxItems items, Clock clock) {
        return new RetryOutboxItem(items, clock);
    }

    @Bean
    TellRepOfAssignedLead tellRepOfAssignedLead(
            MailOutbox mail, Leads leads, Assignments assignments, Reps reps, Clock clock) {
        return new TellRepOfAssignedLead(mail, leads, assignments, reps, clock);
    }

    @Bean
    DeliverWebhooks deliverWebhooks(
            Deliveries deliveries, Webhooks webhooks, Clock clock, MeterRegistry registry, WebhookProperties settings) {
        return new DeliverWebhooks(
                new CountedDeliveries(deliveries, registry),
                webhooks,
                new HttpWebhookEndpoints(settings.timeout()),
                new DeliverWebhooks.Settings(
                        Backoff.of(settings.backoff(), settings.maxBackoff(), settings.maxAttempts()),
                        settings.timeout(),
                        settings.lease()),
                clock);
    }

    @Bean
    EventFeed eventFeed(Outbox outbox, Clock clock) {
        return new EventFeed(outbox, clock);
    }

    @Bean
    CreateWebhook createWebhook(Webhooks webhooks, Clock clock) {
        return new CreateWebhook(webhooks, clock);
    }

    @Bean
    UpdateWebhook updateWebhook(Webhooks webhooks) {
        return new UpdateWebhook(webhooks);
    }

    @Bean
    DeleteWebhook deleteWebhook(Webhooks webhooks) {
        return new DeleteWebhook(webhooks);
    }

    @Bean
    ReplayWebhookDelivery replayWebhookDelivery(Deliveries deliveries, Clock clock) {
        return new ReplayWebhookDelivery(deliveries, clock);
    }
}
