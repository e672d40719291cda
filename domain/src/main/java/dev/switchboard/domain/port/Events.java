package dev.switchboard.domain.port;

import dev.switchboard.domain.event.DomainEvent;
import java.util.List;

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

    /**
     * Records several events in one write where the store allows, each as {@link #record} would: one recorded
     * already is skipped and the others are still recorded, in the order given. Should it fail, any of them may be
     * left unrecorded, as with a failed {@link #record}, and the relay records them.
     */
    default void recordAll(List<DomainEvent> events) {
        events.forEach(this::record);
    }
}
