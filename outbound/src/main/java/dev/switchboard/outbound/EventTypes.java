package dev.switchboard.outbound;

import dev.switchboard.domain.event.DomainEvent;
import java.util.Arrays;
import java.util.List;

/** The event types a webhook may ask for, by name: one per kind of domain event. */
public final class EventTypes {

    /** Every event type there is, sorted. */
    public static final List<String> ALL = Arrays.stream(DomainEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .sorted()
            .toList();

    private EventTypes() {}
}
