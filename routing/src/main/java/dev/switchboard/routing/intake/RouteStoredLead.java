package dev.switchboard.routing.intake;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides for a lead already stored and stores the decision, for the submission that stored it and for the
 * recovery of leads a crash left undecided ({@link RouteStrandedLeads}). The one-decision-per-lead rule of
 * {@link Assignments#add} settles a race between the two: the decision stored first stands, and the loser
 * answers with it.
 */
final class RouteStoredLead {

    /**
     * The lead's decision, and whether this call stored it (false: another call's decision came first); when it did,
     * the pool and rep the decision names as it read them (see {@link RouteLead.Decision}), else empty.
     */
    record Routed(Assignment assignment, boolean first, Optional<Pool> pool, Optional<Rep> rep) {}

    private final Forms forms;
    private final Routers routers;
    private final Pools pools;
    private final Assignments assignments;
    private final RouteLead routeLead;
    private final Events events;

    RouteStoredLead(
            Forms forms, Routers routers, Pools pools, Assignments assignments, RouteLead routeLead, Events events) {
        this.forms = forms;
        this.routers = routers;
        this.pools = pools;
        this.assignments = assignments;
        this.routeLead = routeLead;
        this.events = events;
    }

    /** Routes the lead by its form's live router or to its pool; {@code received} is when it was stored. */
    Routed route(Lead lead, Instant received) {
        if (lead.formId() != null) {
            return route(
                    lead,
                    liveRouterOf(
                            lead.formId().value(), forms.byId(lead.formId()).orElse(null)),
                    null,
                    received);
        }
        Pool pool = pools.byId(lead.poolId())
                .orElseThrow(() ->
                        InputRejected.notFound("poolId", "pool", lead.poolId().value()));
        return route(lead, null, pool, received);
    }

    /** Routes the lead by {@code router}, or to {@code pool} when {@code router} is null. */
    Routed route(Lead lead, Router router, Pool pool, Instant received) {
        return route(lead, router, pool, received, List.of());
    }

    /**
     * As {@link #route(Lead, Router, Pool, Instant)}, recording {@code before} (events of the lead's own that were
     * left to this call) in the same write as its {@link LeadAssigned}, ahead of it; or alone, when another call's
     * decision came first.
     */
    Routed route(Lead lead, Router router, Pool pool, Instant received, List<DomainEvent> before) {
        RouteLead.Decision decision = router == null
                ? routeLead.decisionToPool(lead, pool, received)
                : routeLead.decision(lead, router, received);
        Assignment assignment = decision.assignment();
        try {
            assignments.add(assignment);
        } catch (InputRejected e) {
            if (e.code() != ErrorCode.DUPLICATE) {
                throw e;
            }
            events.recordAll(before);
            return new Routed(
                    assignments.forLead(lead.id()).orElseThrow(() -> e), false, Optional.empty(), Optional.empty());
        }
        List<DomainEvent> recorded = new ArrayList<>(before);
        recorded.add(LeadAssigned.of(assignment));
        events.recordAll(recorded);
        return new Routed(assignment, true, decision.pool(), decision.rep());
    }

    /** The live router of the form, refused as the submission of a lead through it would be. */
    Router liveRouterOf(String formId, Form form) {
        if (form == null) {
            throw InputRejected.notFound("formId", "form", formId);
        }
        return routers.live(form.routerId())
                .orElseThrow(() -> new InputRejected(
                        ErrorCode.NOT_FOUND, "formId", "form " + form.name() + " has no published router yet"));
    }
}
