package dev.switchboard.scheduling.adapter.google;

import dev.switchboard.domain.model.calendar.CalendarFault;

import java.time.Duration;

/**
 * Tries a call again when Google failed for a passing reason (rate limit, 5xx, timeout), a bounded number
 * of times with doubling pauses, so a short hiccup does not fail a booking and a long outage fails fast.
 */
final class Backoff {

    interface Call<T> {
        T run();
    }

    private final int attempts;
    private final Duration first;

    Backoff(int attempts, Duration first) {
        this.attempts = attempts;
        this.first = first;
    }

    <T> T retry(Call<T> call) {
        Duration pause = first;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (CalendarFault fault) {
                if (!fault.retryable() || attempt >= attempts) {
                    throw fault;
                }
            }
            sleep(pause);
            pause = pause.multipliedBy(2);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "interrupted while waiting to retry Google", e);
        }
    }
}
