package dev.switchboard.api.config;

import dev.switchboard.domain.event.LeadReassigned;
import dev.switchboard.routing.ownership.LeadChanged;
import dev.switchboard.routing.ownership.ReassignOverdueLeads;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Moves on leads not accepted in time, every {@code switchboard.sla.interval} (default 30 s). Every
 * instance runs it; the use case makes sure each lead moves once. Off with {@code switchboard.sla.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "switchboard.sla.enabled", havingValue = "true", matchIfMissing = true)
class OverdueLeadsSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OverdueLeadsSchedule.class);

    private final ReassignOverdueLeads reassignOverdueLeads;
    private final SlaProperties settings;

    OverdueLeadsSchedule(ReassignOverdueLeads reassignOverdueLeads, SlaProperties settings) {
        this.reassignOverdueLeads = reassignOverdueLeads;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::moveOverdueLeads, settings.interval(), settings.interval()));
    }

    void moveOverdueLeads() {
        List<LeadChanged<LeadReassigned>> moved = reassignOverdueLeads.run();
        if (!moved.isEmpty()) {
            log.info("Moved {} leads not accepted in time", moved.size());
        }
    }
}
