package dev.switchboard.api.ops;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Calendars;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * How this instance's calls to reps' calendars go: every call through a calendar adapter is timed and
 * counted by adapter, operation and outcome (Prometheus), and the health endpoint's {@code calendars} part
 * says {@code DEGRADED} while most recent calls to one kind of calendar fail. A calendar outage degrades
 * slots and bookings (reps become "unknown", writes are retried) but does not stop routing, so it is not
 * DOWN and the HTTP status stays 200.
 */
@Component("calendarsHealthIndicator")
public class CalendarCalls implements HealthIndicator {

    /** The status of an instance whose calendars mostly fail; mapped to HTTP 200 in application.yaml. */
    public static final Status DEGRADED = new Status("DEGRADED", "most recent calls to a kind of calendar failed");

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int ENOUGH_CALLS = 3;

    private record Outcome(Instant at, String fault) {}

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Deque<Outcome>> recent = new ConcurrentHashMap<>();

    CalendarCalls(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The adapters, each wrapped so that its calls are measured. */
    public List<Calendars> metered(List<Calendars> adapters) {
        return adapters.stream()
                .map(adapter ->
                        (Calendars) new Metered(adapter, adapter.getClass().getSimpleName()))
                .toList();
    }

    @Override
    public Health health() {
        Instant since = clock.instant().minus(WINDOW);
        Map<String, Object> details = new LinkedHashMap<>();
        boolean degraded = false;
        for (Map.Entry<String, Deque<Outcome>> entry : recent.entrySet()) {
            int calls = 0;
            int failed = 0;
            synchronized (entry.getValue()) {
                for (Outcome outcome : entry.getValue()) {
                    if (outcome.at().isAfter(since)) {
                        calls++;
                        failed += outcome.fault() == null ? 0 : 1;
                    }
                }
            }
            if (calls > 0) {
                details.put(
                        entry.getKey(),
                        failed + " of " + calls + " calls failed in the last " + WINDOW.toMinutes() + " minutes");
                degraded |= failed >= ENOUGH_CALLS && failed * 2 > calls;
            }
        }
        return Health.status(degraded ? DEGRADED : Status.UP)
                .withDetails(details)
                .build();
    }

    private <T> T measured(String adapter, String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String fault = null;
        try {
            return call.get();
        } catch (CalendarFault e) {
            fault = e.kind().name();
            registry.counter("switchboard.calendar.errors", "adapter", adapter, "operation", operation, "fault", fault)
                    .increment();
            throw e;
        } finally {
            Timer.builder("switchboard.calendar.calls")
                    .description("Calls to reps' calendars")
                    .tags("adapter", adapter, "operation", operation, "outcome", fault == null ? "ok" : fault)
                    .register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - start));
            remember(adapter, new Outcome(clock.instant(), fault));
        }
    }

    private void remember(String adapter, Outcome outcome) {
        Deque<Outcome> outcomes = recent.computeIfAbsent(adapter, a -> new ArrayDeque<>());
        synchronized (outcomes) {
            outcomes.addLast(outcome);
            Instant since = outcome.at().minus(WINDOW);
            while (!outcomes.isEmpty() && !outcomes.peekFirst().at().isAfter(since)) {
                outcomes.removeFirst();
            }
        }
    }

    /** An adapter whose calls go through {@link #measured}; it translates nothing and decides nothing. */
    private final class Metered implements Calendars {

        private final Calendars adapter;
        private final String name;

        Metered(Calendars adapter, String name) {
            this.adapter = adapter;
            this.name = name;
        }

        @Override
        public boolean supports(CalendarConnection connection) {
            return adapter.supports(connection);
        }

        @Override
        public List<Interval> busy(CalendarConnection connection, Instant from, Instant to) {
            return measured(name, "busy", () -> adapter.busy(connection, from, to));
        }

        @Override
        public List<Interval> busy(CalendarConnection connection, Instant from, Instant to, ZoneId repZone) {
            return measured(name, "busy", () -> adapter.busy(connection, from, to, repZone));
        }

        @Override
        public EventRef create(CalendarConnection connection, CalendarEvent event) {
            return measured(name, "create", () -> adapter.create(connection, event));
        }

        @Override
        public EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event) {
            return measured(name, "update", () -> adapter.update(connection, ref, event));
        }

        @Override
        public void delete(CalendarConnection connection, EventRef ref) {
            measured(name, "delete", () -> {
                adapter.delete(connection, ref);
                return null;
            });
        }

        @Override
        public java.util.Optional<EventRef> where(CalendarConnection connection, CalendarEvent event) {
            return adapter.where(connection, event);
        }
    }
}
