package dev.switchboard.routing.intake;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Explanation.RuleMiss;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.explain.ExplainMisses;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Tests a lead against the rules: the full decision and explanation the lead would get now, with no
 * side effect (no lead stored, no rotation turn, no count). An admin may name a version other than
 * the live one, to try a draft before publishing it.
 */
public final class SimulateRouting {

    /** The decision the lead would get, and why each rule before the deciding one missed. */
    public record Simulated(Assignment assignment, List<RuleMiss> misses) {
        public Simulated {
            misses = List.copyOf(misses);
        }
    }

    private final Forms forms;
    private final Routers routers;
    private final Pools pools;
    private final RouteLead routeLead;
    private final ExplainMisses explainMisses;
    private final Clock clock;
    private final ReadSubmission readSubmission;

    public SimulateRouting(Forms forms, Routers routers, Pools pools, RouteLead routeLead, Clock clock) {
        this(forms, routers, pools, routeLead, clock, domain -> Optional.empty(), null);
    }

    /**
     * @param profiles what is known of companies, and {@code leads} the leads so far: to fill the fields a form lets
     *                 known prospects skip, as a submission would; without leads, no earlier lead is known
     */
    public SimulateRouting(
            Forms forms,
            Routers routers,
            Pools pools,
            RouteLead routeLead,
            Clock clock,
            CompanyProfiles profiles,
            Leads leads) {
        this.readSubmission = new ReadSubmission(new KnownProspects(profiles, leads));
        this.forms = forms;
        this.routers = routers;
        this.pools = pools;
        this.routeLead = routeLead;
        this.explainMisses = new ExplainMisses(routers);
        this.clock = clock;
    }

    /** @param routerVersion a version of the form's router to use instead of the live one, or null */
    public Simulated simulate(SubmitLeadCommand command, Integer routerVersion) {
        Form form =
                command.formId() == null ? null : forms.byId(command.formId()).orElse(null);
        if (command.formId() != null && form == null) {
            throw InputRejected.notFound("formId", "form", command.formId().value());
        }
        ReadSubmission.Read read = readSubmission.read(command, form);
        Lead lead = new Lead(
                LeadId.random(),
                read.details(),
                command.formId(),
                command.poolId(),
                clock.instant(),
                null,
                read.formVersion(),
                read.sources());
        if (command.poolId() != null) {
            if (pools.byId(command.poolId()).isEmpty()) {
                throw InputRejected.notFound("poolId", "pool", command.poolId().value());
            }
            return new Simulated(routeLead.simulateToPool(lead, command.poolId()), List.of());
        }
        Router router = (routerVersion == null
                        ? routers.live(form.routerId())
                        : routers.version(form.routerId(), routerVersion))
                .orElseThrow(() -> new InputRejected(
                        ErrorCode.NOT_FOUND,
                        routerVersion == null ? "formId" : "routerVersion",
                        routerVersion == null
                                ? "form " + form.name() + " has no published router yet"
                                : "the form's router has no version " + routerVersion));
        Assignment assignment = routeLead.simulate(lead, router);
        return new Simulated(
                assignment,
                explainMisses
                        .explain(List.of(new ExplainMisses.Decided(assignment.explanation(), lead.details())))
                        .get(0));
    }
}
