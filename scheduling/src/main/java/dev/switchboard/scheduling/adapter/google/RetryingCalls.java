package dev.switchboard.scheduling.adapter.google;

import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.retry.Backoff;
import java.time.Duration;

/**
 * Tries a call again when Google failed for a passing reason (rate limit, 5xx, timeout), as the shared
 * {@link Backoff} says: a bounded number of times with growing, jittered pauses, so a short hiccup does not fail a
 * booking and a long outage fails fast.
 */
final class RetryingCalls {

    interface Call<T> {
        T run();
    }

    private final Backoff policy;

    RetryingCalls(Backoff policy) {
        this.policy = policy;
    }

    <T> T retry(Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (CalendarFault fault) {
                if (!fault.retryable() || policy.exhausted(attempt)) {
                    throw fault;
                }
                sleep(policy.delay(attempt));
            }
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
