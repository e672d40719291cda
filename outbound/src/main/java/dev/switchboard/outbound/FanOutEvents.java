package dev.switchboard.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Turns each recorded event into one PENDING delivery per webhook wanting its type, hands it to every
 * {@link EventHandler} (the rep's mail of an assigned lead), then marks it fanned out.
 * A handler that fails is logged and passed over: what it does is a courtesy the event does not wait for.
 * Safe on every instance at once: a delivery's id is the event's and the webhook's, so a second fan-out of the
 * same event stores nothing new. A webhook registered after an event was fanned out does not receive it.
 */
public final class FanOutEvents {

    static final int BATCH = 500;
    private static final System.Logger LOG = System.getLogger(FanOutEvents.class.getName());

    private final Outbox outbox;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final List<EventHandler> handlers;
    private final Clock clock;

    public FanOutEvents(
            Outbox outbox, Webhooks webhooks, Deliveries deliveries, List<EventHandler> handlers, Clock clock) {
        this.handlers = List.copyOf(handlers);
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** @return how many events were fanned out */
    public int run() {
        List<StoredEvent> events = outbox.awaitingFanOut(BATCH);
        if (events.isEmpty()) {
            return 0;
        }
        List<Webhook> all = webhooks.all();
        Instant now = clock.instant();
        for (StoredEvent event : events) {
            for (Webhook webhook : all) {
                if (webhook.wants(event.type())) {
                    deliveries.addIfAbsent(new Delivery(
                            Delivery.idOf(event.id(), webhook.id()),
                            webhook.id(),
                            event.id(),
                            event.type(),
                            event.body(),
                            Delivery.Status.PENDING,
                            0,
                            now,
                            now,
                            List.of()));
                }
            }
            for (EventHandler handler : handlers) {
                try {
                    handler.handle(event);
                } catch (RuntimeException e) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Event " + event.id() + " (" + event.type() + ") not handled by "
                                    + handler.getClass().getSimpleName(),
                            e);
                }
            }
            outbox.fannedOut(event.id());
        }
        return events.size();
    }
}
