package dev.switchboard.outbound;

/**
 * Something done once an event is in the outbox, besides webhooks (a mail, later a CRM update or a chat message).
 * {@link FanOutEvents} hands each event to every handler, at least once: a handler is idempotent, e.g. keyed by the
 * event's id.
 */
public interface EventHandler {

    void handle(StoredEvent event);
}
