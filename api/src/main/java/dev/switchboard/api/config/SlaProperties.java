package dev.switchboard.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moving on leads not accepted within their pool's deadline (docs/routing.md).
 *
 * @param enabled  false: this instance moves no overdue lead (others still do)
 * @param interval how often this instance looks for them
 */
@ConfigurationProperties("switchboard.sla")
public record SlaProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration interval) {}
