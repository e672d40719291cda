package dev.switchboard.api.config;

import dev.switchboard.api.events.EventFeed;
import dev.switchboard.outbound.DeliverWebhooks;
import dev.switchboard.outbound.FanOutEvents;
import dev.switchboard.routing.events.RelayPendingEvents;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every instance, every {@code switchboard.events.interval} (default 1 s): fans new events out to webhooks and sends
 * due deliveries; every {@code switchboard.events.relay-interval} (default 10 s): records the events a crash left
 * unrecorded (use cases record their own at once, so the relay is only the safety net, and its scan is kept rare);
 * every {@code switchboard.events.feed-interval}: feeds this instance's subscribers. Each step is safe on many
 * instances at once (see docs/events.md), and the app's scheduler has a thread for each
 * ({@code spring.task.scheduling.pool.size}), so slow webhook receivers never hold up the others.
 * Off with {@code switchboard.events.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "switchboard.events.enabled", havingValue = "true", matchIfMissing = true)
class EventsSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventsSchedule.class);

    private final RelayPendingEvents relay;
    private final FanOutEvents fanOut;
    private final DeliverWebhooks deliver;
    private final EventFeed feed;
    private final EventsProperties settings;

    EventsSchedule(
            RelayPendingEvents relay,
            FanOutEvents fanOut,
            DeliverWebhooks deliver,
            EventFeed feed,
            EventsProperties settings) {
        this.relay = relay;
        this.fanOut = fanOut;
        this.deliver = deliver;
        this.feed = feed;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(
                new FixedDelayTask(this::relayPendingEvents, settings.relayInterval(), settings.relayInterval()));
        tasks.addFixedDelayTask(new FixedDelayTask(this::fanOutAndDeliver, settings.interval(), settings.interval()));
        tasks.addFixedDelayTask(new FixedDelayTask(this::feedSubscribers, settings.feedInterval(), Duration.ZERO));
    }

    void relayPendingEvents() {
        try {
            relay.run();
        } catch (RuntimeException e) {
            log.warn("Relaying pending events failed; retrying next run", e);
        }
    }

    void fanOutAndDeliver() {
        // Delivery runs even when the fan-out failed (e.g. the database blinked): the next run catches up.
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

    void feedSubscribers() {
        try {
            feed.poll();
        } catch (RuntimeException e) {
            log.warn("Reading the outbox for subscribers failed; retrying next poll", e);
        }
    }
}
