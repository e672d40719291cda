package dev.switchboard.routing.intake;

import dev.switchboard.domain.event.LeadAssigned;
import dev.switchboard.domain.event.LeadSubmitted;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Takes in a lead and routes it: through the live router of the form it came from, or straight to
 * the pool it names (see {@link RouteLead}).
 * <p>
 * The lead is stored before the routing decision is made, so a lead that was accepted is never lost:
 * if anything fails after that, the lead is there, without a decision, for {@link RouteStrandedLeads} to route
 * once its grace period is over. Bad input (an unknown form or pool, a form whose router was never published)
 * is rejected with {@link InputRejected} before anything is stored. A form with fields checks the submission against
 * its current version first ({@link dev.switchboard.domain.model.FormDefinition#read}): every fault at once, as
 * {@link dev.switchboard.domain.model.InputsRejected}, and nothing stored; the lead records that version and where
 * each field's value came from.
 * <p>
 * A submission with an idempotency key claims it in the caller's scope along with a digest of the lead. A retry
 * with the same key and the same lead stores nothing and answers the first submission's lead and decision
 * (marked as a repeat), waiting up to {@code replayWait} for a decision still being made; past that, the repeat
 * carries no decision, which callers show as in progress. The same key with a different lead is refused with
 * {@code IDEMPOTENCY_CONFLICT} on {@code idempotencyKey}.
 * <p>
 * Records {@link LeadSubmitted} and {@link LeadAssigned} together, in that order and in one write, once the decision
 * is stored (should deciding fail, {@link LeadSubmitted} is recorded alone before the failure goes on); should the
 * process stop before either is recorded, the relay ({@code RelayPendingEvents}) records it from what was stored:
 * both the lead and its decision are stored marked as having events pending.
 */
public final class SubmitLead {

    /** How often a repeat looks again for the first submission's decision while it waits. */
    static final Duration REPLAY_POLL = Duration.ofMillis(25);

    private final Forms forms;
    private final Pools pools;
    private final Leads leads;
    private final Assignments assignments;
    private final RouteStoredLead routeStoredLead;
    private final Events events;
    private final IntakeOutcomes outcomes;
    private final Clock clock;
    private final long replayPolls;
    private final ReadSubmission readSubmission;

    /** Repeats answer at once, with or without a decision, and outcomes are reported to no one. */
    public SubmitLead(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            Clock clock) {
        this(
                forms,
                routers,
                pools,
                leads,
                assignments,
                routeLead,
                events,
                IntakeOutcomes.UNCOUNTED,
                clock,
                Duration.ZERO);
    }

    /** @param replayWait how long a repeat waits, at most, for the decision of the submission it repeats */
    public SubmitLead(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            IntakeOutcomes outcomes,
            Clock clock,
            Duration replayWait) {
        this(
                forms,
                routers,
                pools,
                leads,
                assignments,
                routeLead,
                events,
                outcomes,
                clock,
                replayWait,
                domain -> Optional.empty());
    }

    /**
     * @param replayWait how long a repeat waits, at most, for the decision of the submission it repeats
     * @param profiles   what is known of companies, to fill the fields a form lets known prospects skip
     */
    public SubmitLead(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            IntakeOutcomes outcomes,
            Clock clock,
            Duration replayWait,
            CompanyProfiles profiles) {
        this.readSubmission = new ReadSubmission(new KnownProspects(profiles, leads));
        this.outcomes = outcomes;
        this.forms = forms;
        this.pools = pools;
        this.leads = leads;
        this.assignments = assignments;
        this.routeStoredLead = new RouteStoredLead(forms, routers, pools, assignments, routeLead, events);
        this.events = events;
        this.clock = clock;
        // Counted in polls, not read off the clock, so a test's fixed clock cannot make it wait for ever.
        this.replayPolls = replayWait.toMillis() / REPLAY_POLL.toMillis();
    }

    public LeadRouted submit(SubmitLeadCommand command) {
        LeadRouted routed = take(command);
        outcomes.submitted(routed);
        return routed;
    }

    private LeadRouted take(SubmitLeadCommand command) {
        Form form =
                command.formId() == null ? null : forms.byId(command.formId()).orElse(null);
        Router router = command.formId() == null
                ? null
                : routeStoredLead.liveRouterOf(command.formId().value(), form);
        // Checked against the version read here, which the lead records.
        ReadSubmission.Read read = readSubmission.read(command, form);
        // The pool is read once for the whole submission: the decision draws from the pool read here.
        Pool pool = command.poolId() == null
                ? null
                : pools.byId(command.poolId())
                        .orElseThrow(() -> InputRejected.notFound(
                                "poolId", "pool", command.poolId().value()));

        // Stores keep milliseconds; deciding on the same precision keeps a stored lead equal to the one returned.
        Instant received = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Idempotency claim = command.idempotency(read.submitted());
        Lead lead = new Lead(
                LeadId.random(),
                read.details(),
                command.formId(),
                command.poolId(),
                received,
                claim,
                read.formVersion(),
                read.sources());
        Lead stored = leads.add(lead);
        if (!stored.id().equals(lead.id())) {
            return repeat(stored, claim);
        }
        LeadSubmitted submitted = LeadSubmitted.of(lead);
        RouteStoredLead.Routed routed;
        try {
            // Left to the decision's own write of events: one command for both.
            routed = routeStoredLead.route(lead, router, pool, received, List.of(submitted));
        } catch (RuntimeException failed) {
            try {
                events.record(submitted);
            } catch (RuntimeException also) {
                failed.addSuppressed(also);
            }
            throw failed;
        }
        return new LeadRouted(lead, Optional.of(routed.assignment()), false, routed.pool(), routed.rep());
    }

    /** The answer to a retry: the first submission's, once it has a decision or the wait is over. */
    private LeadRouted repeat(Lead first, Idempotency claim) {
        if (first.idempotency() == null || !first.idempotency().sameRequest(claim)) {
            throw claim.conflict();
        }
        Optional<Assignment> decision = assignments.forLead(first.id());
        for (long poll = 0; decision.isEmpty() && poll < replayPolls; poll++) {
            try {
                Thread.sleep(REPLAY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            decision = assignments.forLead(first.id());
        }
        return new LeadRouted(first, decision, true);
    }
}
