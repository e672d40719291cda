package dev.switchboard.api.config;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.routing.intake.RouteStrandedLeads;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Routes leads a crash left stored without a decision, every {@code switchboard.intake.recovery.interval}
 * (default 10 s), once they waited the grace period. Every instance runs it; the use case routes each lead once.
 * Off with {@code switchboard.intake.recovery.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "switchboard.intake.recovery.enabled", havingValue = "true", matchIfMissing = true)
class StrandedLeadsSchedule {

    private static final Logger log = LoggerFactory.getLogger(StrandedLeadsSchedule.class);

    private final RouteStrandedLeads routeStrandedLeads;

    StrandedLeadsSchedule(RouteStrandedLeads routeStrandedLeads) {
        this.routeStrandedLeads = routeStrandedLeads;
    }

    @Scheduled(
            fixedDelayString = "${switchboard.intake.recovery.interval:PT10S}",
            initialDelayString = "${switchboard.intake.recovery.interval:PT10S}")
    void routeStrandedLeads() {
        try {
            List<Assignment> routed = routeStrandedLeads.run();
            if (!routed.isEmpty()) {
                log.warn(
                        "Routed {} leads stored without a decision (their submissions stopped before deciding)",
                        routed.size());
            }
        } catch (RuntimeException e) {
            log.warn("Routing stranded leads failed; retrying next run", e);
        }
    }
}
