package dev.switchboard.domain.port;

import dev.switchboard.domain.event.DomainEvent;

/**
 * The outbox: every event recorded here is kept and, from here, delivered to webhooks and subscriptions on
 * every app instance. Use cases record an event right after the change that caused it.
 * <p>
 * Recording is idempotent by {@link DomainEvent#id()}: an event whose id is already recorded is not stored
 * again, on any instance, however often it is recorded (a retry, a relay after a crash, two instances at
 * once). A change whose event a crash kept from being recorded is found again by a relay (see the
 * {@code withEventsPending} methods of {@link Leads} and {@link Assignments}).
 */
public interface Events {

    void record(DomainEvent event);
}
