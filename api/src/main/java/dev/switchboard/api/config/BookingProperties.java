package dev.switchboard.api.config;

import dev.switchboard.domain.retry.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bookings reach calendars and mailboxes.
 *
 * @param outboxInterval how often each instance looks for calendar writes and mails due
 * @param maxAttempts    attempts at one calendar write or mail before it is marked FAILED
 * @param firstRetry     wait before the first retry, and the least wait before any; the most doubles at each further one
 * @param maxRetry       the longest wait between retries
 * @param lease          how long a claimed write belongs to the instance making it; longer than any adapter call
 * @param mailFrom       the sender of invites and notes
 * @param outboxEnabled  false: this instance makes no calendar writes and sends no mail (others still do)
 * @param publicUrl      where prospects reach this app (scheme, host, port), for the manage link in their invites
 */
@ConfigurationProperties("switchboard.booking")
public record BookingProperties(
        @DefaultValue("10s") Duration outboxInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("switchboard@localhost") String mailFrom,
        @DefaultValue("true") boolean outboxEnabled,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The retry policy of calendar writes and mail, the one every delivery follows. */
    public Backoff retries() {
        return Backoff.of(firstRetry, maxRetry, maxAttempts);
    }
}
