package dev.switchboard.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each instance moves events along (docs/events.md).
 *
 * @param enabled       false: this instance neither fans events out nor delivers webhooks nor feeds subscribers
 * @param interval      how often it fans new events out to webhooks and sends the deliveries due
 * @param relayInterval how often it records the events a crash left unrecorded (a safety net, so kept rare)
 * @param feedInterval  how often it reads the outbox for its GraphQL subscribers
 */
@ConfigurationProperties("switchboard.events")
public record EventsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration interval,
        @DefaultValue("10s") Duration relayInterval,
        @DefaultValue("500ms") Duration feedInterval) {}
