package dev.switchboard.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How leads are taken in.
 *
 * @param replayWait how long a retry (same idempotency key) waits, at most, for the first call's routing decision
 *                   before it answers {@code IN_PROGRESS}
 * @param recovery   the job that routes leads a crash left stored without a decision
 */
@ConfigurationProperties("switchboard.intake")
public record IntakeProperties(
        @DefaultValue("2s") Duration replayWait,
        @DefaultValue Recovery recovery) {

    /**
     * @param enabled  whether this instance runs the job (every instance may: each lead is routed once)
     * @param grace    how long a stored lead is left to its own submission before the job routes it
     * @param interval how often the job looks for such leads
     */
    public record Recovery(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") Duration grace,
            @DefaultValue("10s") Duration interval) {}
}
