package dev.switchboard.api.ops;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.routing.explain.ReasonWords;
import dev.switchboard.routing.intake.IntakeOutcomes;
import dev.switchboard.routing.intake.LeadRouted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What operators watch of lead intake: leads submitted, leads routed by outcome, and how long routing
 * decisions take (a histogram, so percentiles can be computed across instances), plus one log line per
 * lead carrying its id, which structured (JSON) logs turn into a field to search by. {@code SubmitLead} reports each
 * submission here as it answers it.
 */
@Component
class LeadMetrics implements IntakeOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LeadMetrics.class);

    private final MeterRegistry registry;
    private final Counter submitted;
    private final Timer decisions;

    LeadMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.submitted = Counter.builder("switchboard.leads.submitted")
                .description("Leads stored")
                .register(registry);
        this.decisions = Timer.builder("switchboard.routing.decision")
                .description("Time from a lead being stored to its routing decision")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Counts a lead that {@code submitLead} took in; a retried submission (same idempotency key) is not counted again. */
    @Override
    public void submitted(LeadRouted routed) {
        MDC.put("leadId", routed.lead().id().value());
        try {
            if (routed.repeat()) {
                log.info("lead submitted again with the same idempotency key");
                return;
            }
            submitted.increment();
            routed.assignment().ifPresentOrElse(this::routed, () -> log.warn("lead stored without a routing decision"));
        } finally {
            MDC.remove("leadId");
        }
    }

    private void routed(Assignment assignment) {
        registry.counter(
                        "switchboard.leads.routed",
                        "outcome",
                        assignment.outcome().name())
                .increment();
        decisions.record(assignment.took());
        log.info(
                "lead routed: {} to {} in {} µs: {}",
                assignment.outcome(),
                assignment.repId(),
                assignment.took().toNanos() / 1_000,
                ReasonWords.ENGLISH.sentence(assignment.explanation()));
    }
}
