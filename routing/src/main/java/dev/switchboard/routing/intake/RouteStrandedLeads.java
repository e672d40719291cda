package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes every lead that was stored but never decided (its instance stopped between storing it and storing its
 * decision, see {@link SubmitLead}), once it has waited {@code grace}: the time a submission has to decide on its
 * own. Until then the lead has no decision, which the API shows as pending, and a retry of its submission answers
 * in progress.
 * <p>
 * Safe to run at once on any number of app instances: each stranded lead is first taken for one run by a
 * conditional update (a lease of {@link #LEASE}), so one run routes it; a run that dies lets it go when the lease
 * ends. A submission slower than the grace period may still decide at the same time: the one-decision-per-lead
 * rule of {@link Assignments#add} keeps the first decision stored and the other is dropped.
 * <p>
 * Leads are stored marked unrouted and this job clears the mark in bulk for those that have their decision, so a
 * submission that goes well costs no write for it.
 */
public final class RouteStrandedLeads {

    private static final System.Logger LOG = System.getLogger(RouteStrandedLeads.class.getName());

    /** How long one run holds a stranded lead before another may route it. */
    public static final Duration LEASE = Duration.ofMinutes(1);
    /** Leads read at a time. */
    public static final int BATCH = 500;
    /** Batches per run at most; what is left goes on the next run. */
    public static final int MAX_BATCHES = 20;

    private final Leads leads;
    private final Assignments assignments;
    private final RouteStoredLead routeStoredLead;
    private final Clock clock;
    private final Duration grace;

    /** @param grace how long a stored lead is left to its own submission before this job routes it */
    public RouteStrandedLeads(
            Forms forms,
            Routers routers,
            Pools pools,
            Leads leads,
            Assignments assignments,
            RouteLead routeLead,
            Events events,
            Clock clock,
            Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period cannot be negative: " + grace);
        }
        this.leads = leads;
        this.assignments = assignments;
        this.routeStoredLead = new RouteStoredLead(forms, routers, pools, assignments, routeLead, events);
        this.clock = clock;
        this.grace = grace;
    }

    /** Routes the leads stranded now; returns the decisions this run stored (not those of other instances). */
    public List<Assignment> run() {
        Instant now = clock.instant();
        Instant storedBefore = now.minus(grace);
        List<Assignment> routed = new ArrayList<>();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Lead> found = leads.unrouted(storedBefore, now, BATCH);
            Map<LeadId, Assignment> decided =
                    assignments.forLeads(found.stream().map(Lead::id).toList());
            List<LeadId> done = new ArrayList<>(decided.keySet());
            for (Lead lead : found) {
                if (!decided.containsKey(lead.id()) && leads.claimRouting(lead.id(), now, now.plus(LEASE))) {
                    route(lead).ifPresent(routed::add);
                    done.add(lead.id());
                }
            }
            leads.routed(done);
            if (found.size() < BATCH) {
                break;
            }
        }
        return routed;
    }

    private Optional<Assignment> route(Lead lead) {
        try {
            RouteStoredLead.Routed result = routeStoredLead.route(lead, lead.submittedAt());
            return result.first() ? Optional.of(result.assignment()) : Optional.empty();
        } catch (RuntimeException e) {
            // Left unrouted: its lease holds it off until the next try, and an admin sees it pending meanwhile.
            LOG.log(
                    System.Logger.Level.WARNING,
                    "lead " + lead.id() + " stored without a decision could not be routed: " + e.getMessage(),
                    e);
            return Optional.empty();
        }
    }
}
