package dev.switchboard.api.config;

import dev.switchboard.api.events.DeliverWebhooks;
import dev.switchboard.api.events.EventFeed;
import dev.switchboard.api.events.FanOutEvents;
import dev.switchboard.routing.events.RelayPendingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every instance, every {@code switchboard.events.interval} (default 1 s): relays events a crash left unrecorded,
 * fans new events out to webhooks, sends due deliveries, and feeds this instance's subscribers. Each step is safe
 * on many instances at once (see docs/events.md); the subscription feed has its own timer, and the app's
 * scheduler has threads enough ({@code spring.task.scheduling.pool.size}) that slow webhook receivers never hold it up. Off with {@code switchboard.events.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "switchboard.events.enabled", havingValue = "true", matchIfMissing = true)
class EventsSchedule {

    private static final Logger log = LoggerFactory.getLogger(EventsSchedule.class);

    private final RelayPendingEvents relay;
    private final FanOutEvents fanOut;
    private final DeliverWebhooks deliver;
    private final EventFeed feed;

    EventsSchedule(RelayPendingEvents relay, FanOutEvents fanOut, DeliverWebhooks deliver, EventFeed feed) {
        this.relay = relay;
        this.fanOut = fanOut;
        this.deliver = deliver;
        this.feed = feed;
    }

    @Scheduled(fixedDelayString = "${switchboard.events.interval:PT1S}", initialDelayString = "${switchboard.events.interval:PT1S}")
    void relayAndDeliver() {
        // Each step runs even when an earlier one failed (e.g. the database blinked): the next run catches up.
        try {
            relay.run();
        } catch (RuntimeException e) {
            log.warn("Relaying pending events failed; retrying next run", e);
        }
        try {
            fanOut.run();
        } catch (RuntimeException e) {
            log.warn("Fanning events out to webhooks failed; retrying next run", e);
        }
        try {
            deliver.run();
        } catch (RuntimeException e) {
            log.warn("Sending webhook deliveries failed; retrying next run", e);
        }
    }

    @Scheduled(fixedDelayString = "${switchboard.events.feed-interval:PT0.5S}")
    void feedSubscribers() {
        try {
            feed.poll();
        } catch (RuntimeException e) {
            log.warn("Reading the outbox for subscribers failed; retrying next poll", e);
        }
    }
}
