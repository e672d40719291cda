package dev.switchboard.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Calendars;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Calls to calendars are counted and timed, and a kind of calendar that mostly fails shows as DEGRADED. */
class CalendarCallsTest {

    private static final CalendarConnection FEED =
            new CalendarConnection.IcsFeed(URI.create("https://feeds.example/a.ics"));

    /** A calendar that fails whenever it is told to. */
    private static final class Flaky implements Calendars {
        boolean failing;

        @Override
        public boolean supports(CalendarConnection connection) {
            return true;
        }

        @Override
        public List<Interval> busy(CalendarConnection connection, Instant from, Instant to) {
            if (failing) {
                throw new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "down");
            }
            return List.of();
        }

        @Override
        public EventRef create(CalendarConnection connection, CalendarEvent event) {
            throw new CalendarFault(CalendarFault.Kind.READ_ONLY, "read-only");
        }

        @Override
        public EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event) {
            throw new CalendarFault(CalendarFault.Kind.READ_ONLY, "read-only");
        }

        @Override
        public void delete(CalendarConnection connection, EventRef ref) {}
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CalendarCalls calls = new CalendarCalls(registry, Clock.systemUTC());
    private final Flaky flaky = new Flaky();
    private final Calendars metered = calls.metered(List.of(flaky)).get(0);

    private void read(int times) {
        for (int i = 0; i < times; i++) {
            try {
                metered.busy(FEED, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
            } catch (CalendarFault expected) {
                // counted below
            }
        }
    }

    @Test
    void a_calendar_that_answers_leaves_the_instance_up_and_its_calls_are_timed() {
        read(5);

        assertThat(calls.health().getStatus()).isEqualTo(Status.UP);
        assertThat(registry.get("switchboard.calendar.calls")
                        .tag("outcome", "ok")
                        .timer()
                        .count())
                .isEqualTo(5);
    }

    @Test
    void most_recent_calls_failing_degrades_the_instance_and_each_fault_is_counted_by_kind() {
        read(2);
        flaky.failing = true;
        read(4);

        assertThat(calls.health().getStatus()).isEqualTo(CalendarCalls.DEGRADED);
        assertThat(calls.health().getDetails()).containsEntry("Flaky", "4 of 6 calls failed in the last 5 minutes");
        assertThat(registry.get("switchboard.calendar.errors")
                        .tag("fault", "UNAVAILABLE")
                        .counter()
                        .count())
                .isEqualTo(4);
        assertThatThrownBy(() -> metered.create(FEED, null)).isInstanceOf(CalendarFault.class);
    }
}
