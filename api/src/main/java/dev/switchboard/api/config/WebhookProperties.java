package dev.switchboard.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook deliveries (docs/events.md).
 *
 * @param maxAttempts attempts at one delivery before it is FAILED
 * @param backoff     the wait after the first failed attempt; it doubles after each further one
 * @param maxBackoff  the longest wait between attempts
 * @param timeout     how long one attempt waits for the receiver's answer
 * @param lease       how long a claimed delivery belongs to the instance sending it; longer than the timeout
 */
@ConfigurationProperties("switchboard.webhooks")
public record WebhookProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1m") Duration lease) {}
