package dev.switchboard.routing.replay;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Form;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Qualifications;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.EarlierLeads;
import dev.switchboard.routing.engine.RouteLead;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Replays the leads submitted in a period, through the forms that use a router, through a version of it (typically a draft) and compares
 * with what actually happened: leads per rep before and after, and every lead whose decision changes.
 * <p>
 * Nothing live is touched: each replayed decision is made as of the lead's submission time (who was
 * away, which cap window) on rotations and counts that exist only for this replay, starting afresh.
 * Today's pools, reps, accounts and qualification are used, since the past ones are not kept; a
 * performance-weighted pool weighs members by the leads assigned before each lead and converted by now.
 */
public final class ReplayRouter {

    /** The most leads one replay goes through, so a request's cost stays bounded. */
    public static final int MAX_LEADS = 10_000;

    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final Routers routers;
    private final Forms forms;
    private final Leads leads;
    private final Assignments assignments;
    private final Pools pools;
    private final Reps reps;
    private final Accounts accounts;
    private final CompanyProfiles profiles;
    private final Qualifications qualifications;
    private final Conversions conversions;
    private final EarlierLeads earlierLeads;

    public ReplayRouter(
            Routers routers,
            Forms forms,
            Leads leads,
            Assignments assignments,
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Qualifications qualifications,
            Conversions conversions) {
        this(routers, forms, leads, assignments, pools, reps, accounts, profiles, qualifications, conversions, null);
    }

    private ReplayRouter(
            Routers routers,
            Forms forms,
            Leads leads,
            Assignments assignments,
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Qualifications qualifications,
            Conversions conversions,
            EarlierLeads earlierLeads) {
        this.earlierLeads = earlierLeads == null ? EarlierLeads.NONE : earlierLeads;
        this.routers = routers;
        this.forms = forms;
        this.leads = leads;
        this.assignments = assignments;
        this.pools = pools;
        this.reps = reps;
        this.accounts = accounts;
        this.profiles = profiles;
        this.qualifications = qualifications;
        this.conversions = conversions;
    }

    /**
     * The same replay, with lead-to-lead matching finding earlier leads through {@code earlier}: as of each lead's
     * submission, among the leads stored then, each with its owner of now.
     */
    public ReplayRouter matchingEarlierLeads(EarlierLeads earlier) {
        return new ReplayRouter(
                routers,
                forms,
                leads,
                assignments,
                pools,
                reps,
                accounts,
                profiles,
                qualifications,
                conversions,
                earlier);
    }

    public Replay replay(RouterId id, int version, Instant from, Instant to) {
        if (id == null) {
            throw InputRejected.required("routerId");
        }
        if (from == null || to == null) {
            throw InputRejected.required(from == null ? "from" : "to");
        }
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "to", "the period runs forward, at most " + MAX_PERIOD.toDays() + " days");
        }
        Router router = routers.version(id, version)
                .orElseThrow(() -> routers.latest(id).isEmpty()
                        ? InputRejected.notFound("routerId", "router", id.value())
                        : new InputRejected(ErrorCode.NOT_FOUND, "version", "the router has no version " + version));

        List<FormId> routed = forms.all().stream()
                .filter(form -> form.routerId().equals(id))
                .map(Form::id)
                .toList();
        List<Lead> past = leads.submittedBetween(routed, from, to, MAX_LEADS + 1);
        if (past.size() > MAX_LEADS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "from",
                    "the period holds more than " + MAX_LEADS + " leads; replay a shorter one");
        }
        Map<LeadId, Assignment> actual =
                assignments.forLeads(past.stream().map(Lead::id).toList());
        ReplayState state = new ReplayState();
        Map<RepId, Long> before = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        Map<RepId, Long> after = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        List<Replay.Change> changes = new ArrayList<>();
        for (Lead lead : past) {
            RouteLead asOfThen = new RouteLead(
                            pools,
                            reps,
                            accounts,
                            profiles,
                            state,
                            state,
                            qualifications,
                            Clock.fixed(lead.submittedAt(), ZoneOffset.UTC),
                            state,
                            conversions)
                    .matchingEarlierLeads(earlierLeads);
            Assignment replayed = asOfThen.route(lead, router, lead.submittedAt());
            Assignment then = actual.get(lead.id());
            count(before, then == null ? null : then.repId());
            count(after, replayed.repId());
            if (then == null
                    || then.outcome() != replayed.outcome()
                    || !Objects.equals(then.repId(), replayed.repId())) {
                changes.add(new Replay.Change(
                        lead.id(),
                        then == null ? null : then.outcome(),
                        then == null ? null : then.repId(),
                        replayed.outcome(),
                        replayed.repId(),
                        replayed.explanation()));
            }
        }
        return new Replay(past.size(), before, after, changes);
    }

    private static void count(Map<RepId, Long> perRep, RepId rep) {
        if (rep != null) {
            perRep.merge(rep, 1L, Long::sum);
        }
    }
}
