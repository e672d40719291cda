package dev.switchboard.routing.intake;

import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Takes in a lead and routes it: through the live router of the form it came from, or straight to
 * the pool it names (see {@link RouteLead}).
 * <p>
 * The lead is stored before the routing decision is made, so a lead that was accepted is never lost:
 * if anything fails after that, the lead is there, without a decision, for an admin or a later pass.
 * Bad input (an unknown form or pool, a form whose router was never published) is rejected with
 * {@link InputRejected} before anything is stored.
 * <p>
 * Records {@link LeadSubmitted} once the lead is stored and {@link LeadAssigned} once its decision is; should the
 * process stop before either is recorded, the relay ({@code RelayPendingEvents}) records it from what was stored.
 */
public final class SubmitLead {

    private final Forms forms;
    private final Routers routers;
    private final Pools pools;
    private final Leads leads;
    private final Assignments assignments;
    private final RouteLead routeLead;
    private final Events events;
    private final Clock clock;

    public SubmitLead(Forms forms, Routers routers, Pools pools, Leads leads, Assignments assignments,
                      RouteLead routeLead, Events events, Clock clock) {
        this.forms = forms;
        this.routers = routers;
        this.pools = pools;
        this.leads = leads;
        this.assignments = assignments;
        this.routeLead = routeLead;
        this.events = events;
        this.clock = clock;
    }

    public LeadRouted submit(SubmitLeadCommand command) {
        Router router = command.formId() == null ? null : liveRouterOf(command);
        // The pool is read once for the whole submission: the decision draws from the pool read here.
        Pool pool = command.poolId() == null ? null : pools.byId(command.poolId())
                .orElseThrow(() -> InputRejected.notFound("poolId", "pool", command.poolId().value()));

        // Stores keep milliseconds; deciding on the same precision keeps a stored lead equal to the one returned.
        Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Lead lead = new Lead(LeadId.random(), command.details(), command.formId(), command.poolId(), received,
                command.idempotencyKey());
        Lead stored = leads.add(lead);
        if (!stored.id().equals(lead.id())) {
            return new LeadRouted(stored, assignments.forLead(stored.id()), true);
        }
        events.record(LeadSubmitted.of(lead));

        Assignment assignment = router == null
                ? routeLead.routeToPool(lead, pool, received)
                : routeLead.route(lead, router, received);
        assignments.add(assignment);
        events.record(LeadAssigned.of(assignment));
        return new LeadRouted(lead, Optional.of(assignment));
    }

    private Router liveRouterOf(SubmitLeadCommand command) {
        Form form = forms.byId(command.formId())
                .orElseThrow(() -> InputRejected.notFound("formId", "form", command.formId().value()));
        return routers.live(form.routerId()).orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "formId",
                "form " + form.name() + " has no published router yet"));
    }
}
