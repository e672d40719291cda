package dev.switchboard.routing.engine;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.model.rule.RuleMatch;
import dev.switchboard.domain.model.rule.WhenPassedOver;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.CompanyProfiles;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.FreeSlots;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Qualifications;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.domain.port.Tallies.Tally;
import dev.switchboard.routing.enrichment.EnrichLead;
import dev.switchboard.routing.qualification.FreeMailDomains;
import dev.switchboard.routing.strategy.CapWindows;
import dev.switchboard.routing.strategy.PerformanceWeights;
import dev.switchboard.routing.strategy.PoolDraw;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where a lead goes: its blank firmographics are filled from what is known of its company,
 * qualification screens and scores it, its router's rules pick an action, and an action that draws from a
 * pool takes the pool's next turn. The decision carries its full explanation.
 * <p>
 * A live decision takes rotation turns; a simulated one only looks at where each rotation stands,
 * so it changes nothing. An availability-first pool asks {@link FreeSlots} about its members in the batches
 * the draw reads them in (live and simulated alike); any other pool never asks.
 */
public final class RouteLead {

    private static final Qualification NO_SCREENING = Qualification.none(FreeMailDomains.shipped());

    /**
     * A decision with the pool and the rep it names, as the decision read them, so that whoever answers with it need
     * not read them again. Either is empty when the decision names none, or names one it did not read.
     */
    public record Decision(Assignment assignment, Optional<Pool> pool, Optional<Rep> rep) {}

    /** The pools and reps one decision read, by id: what its {@link Decision} names is taken from here. */
    private static final class Read {
        private final Map<PoolId, Pool> pools = new HashMap<>();
        private final Map<RepId, Rep> reps = new HashMap<>();

        Decision named(Assignment assignment) {
            return new Decision(
                    assignment,
                    Optional.ofNullable(assignment.poolId() == null ? null : pools.get(assignment.poolId())),
                    Optional.ofNullable(assignment.repId() == null ? null : reps.get(assignment.repId())));
        }
    }

    private final Pools pools;
    private final Reps reps;
    private final Accounts accounts;
    private final EnrichLead enrichLead;
    private final Rotations rotations;
    private final Tallies tallies;
    private final Qualifications qualifications;
    private final Clock clock;
    private final EqualShareDraw equalShares;
    private final Conversions conversions;
    private final FreeSlots freeSlots;
    private final Absences absences;
    private final EarlierLeads earlierLeads;

    /**
     * Decisions that do not look at calendars: an availability-first pool's members are all taken as free
     * (for a replay of past leads, whose calendars as they were are not known).
     */
    public RouteLead(
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Rotations rotations,
            Tallies tallies,
            Qualifications qualifications,
            Clock clock,
            Standings standings,
            Conversions conversions) {
        this(
                pools,
                reps,
                accounts,
                profiles,
                rotations,
                tallies,
                qualifications,
                clock,
                standings,
                conversions,
                (meetingType, pool, asked) -> Map.of());
    }

    public RouteLead(
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Rotations rotations,
            Tallies tallies,
            Qualifications qualifications,
            Clock clock,
            Standings standings,
            Conversions conversions,
            FreeSlots freeSlots) {
        this(
                pools,
                reps,
                accounts,
                profiles,
                rotations,
                tallies,
                qualifications,
                clock,
                standings,
                conversions,
                freeSlots,
                Absences.NONE);
    }

    /** @param absences who is off now by their schedule (time off, holidays, working hours), passed over like one away */
    public RouteLead(
            Pools pools,
            Reps reps,
            Accounts accounts,
            CompanyProfiles profiles,
            Rotations rotations,
            Tallies tallies,
            Qualifications qualifications,
            Clock clock,
            Standings standings,
            Conversions conversions,
            FreeSlots freeSlots,
            Absences absences) {
        this.absences = absences;
        this.pools = pools;
        this.reps = reps;
        this.accounts = accounts;
        this.enrichLead = new EnrichLead(profiles);
        this.rotations = rotations;
        this.tallies = tallies;
        this.qualifications = qualifications;
        this.clock = clock;
        this.equalShares = new EqualShareDraw(standings, tallies);
        this.conversions = conversions;
        this.freeSlots = freeSlots;
        this.earlierLeads = EarlierLeads.NONE;
    }

    private RouteLead(RouteLead ports, EarlierLeads earlierLeads) {
        this.absences = ports.absences;
        this.pools = ports.pools;
        this.reps = ports.reps;
        this.accounts = ports.accounts;
        this.enrichLead = ports.enrichLead;
        this.rotations = ports.rotations;
        this.tallies = ports.tallies;
        this.qualifications = ports.qualifications;
        this.clock = ports.clock;
        this.equalShares = ports.equalShares;
        this.conversions = ports.conversions;
        this.freeSlots = ports.freeSlots;
        this.earlierLeads = earlierLeads;
    }

    /**
     * The same decisions, with lead-to-lead matching ({@link RuleAction.RouteToLeadOwner}) finding earlier leads through
     * {@code earlier}; without it, no earlier lead is ever found and such actions go to their fallback.
     */
    public RouteLead matchingEarlierLeads(EarlierLeads earlier) {
        return new RouteLead(this, earlier);
    }

    /** Decides for a stored lead by its form's router, taking turns; {@code received} is when it was stored. */
    public Assignment route(Lead lead, Router router, Instant received) {
        return decision(lead, router, received).assignment();
    }

    /** As {@link #route}, with the pool and rep the decision names as it read them. */
    public Decision decision(Lead lead, Router router, Instant received) {
        return decide(lead, router, null, received, true);
    }

    /** Decides for a stored lead sent straight to a pool, with no router; the pool as the caller just read it. */
    public Assignment routeToPool(Lead lead, Pool pool, Instant received) {
        return decisionToPool(lead, pool, received).assignment();
    }

    /** As {@link #routeToPool}, with the pool and rep the decision names as it read them. */
    public Decision decisionToPool(Lead lead, Pool pool, Instant received) {
        return decide(lead, null, pool, received, true);
    }

    /** The decision the lead would get now from the router, with no side effect: no turn is taken, nothing stored. */
    public Assignment simulate(Lead lead, Router router) {
        return decide(lead, router, null, clock.instant(), false).assignment();
    }

    /** The decision a lead sent straight to a pool would get now, with no side effect. */
    public Assignment simulateToPool(Lead lead, PoolId pool) {
        return decide(lead, null, pools.byId(pool).orElse(null), clock.instant(), false)
                .assignment();
    }

    private Decision decide(Lead lead, Router router, Pool direct, Instant received, boolean live) {
        Read read = new Read();
        return read.named(assign(lead, router, direct, received, live, read));
    }

    /** With a router its rules pick the action; without one, the lead goes to {@code direct} (null when it is gone). */
    private Assignment assign(Lead lead, Router router, Pool direct, Instant received, boolean live, Read read) {
        EnrichLead.Enriched enriched = enrichLead.enrich(lead.details());
        // A router version that carries its own qualification screens by it, so a replay of the version screens alike.
        boolean own = router != null && router.qualification() != null;
        Qualification.Result qualified = (own
                        ? router.qualification()
                        : qualifications.current().orElse(NO_SCREENING))
                .apply(enriched.details());
        LeadFacts facts = qualified.facts();
        Explanation.Qualification screening = new Explanation.Qualification(
                facts.qualifiedScore(),
                facts.tier(),
                qualified.disqualified(),
                own ? Explanation.Screening.ROUTER_VERSION : Explanation.Screening.WORKSPACE);
        if (qualified.disqualified() != null) {
            return decided(
                    lead,
                    router,
                    new Step(
                            Outcome.DISQUALIFIED,
                            null,
                            null,
                            null,
                            -1,
                            false,
                            new Reason.DisqualifiedByQualification(qualified.disqualified()),
                            List.of()),
                    null,
                    screening,
                    enriched,
                    received);
        }
        if (router == null) {
            Step step = direct == null
                    ? Step.nowhere(new Reason.PoolGone(lead.poolId()))
                    : drawFrom(direct, facts, live, true, read);
            return decided(lead, null, step, null, screening, enriched, received);
        }
        // Which rules missed, and why, is worked out when someone reads the decision (ExplainMisses).
        Followed followed = follow(router, router.match(facts), facts, lead, live, read);
        String rule = followed.match().fellBack() ? null : followed.match().ruleName();
        return decided(lead, router, followed.step(), rule, screening, enriched, received);
    }

    /** The rule (or fallback) that finally decided, and what its action did. */
    private record Followed(RuleMatch match, Step step) {}

    /**
     * Acts on the match; when it is a rule whose pool passed every member over with no overflow and the rule says to
     * fall through, the rules after it (or the fallback) decide instead, and the reason records the fall.
     */
    private Followed follow(Router router, RuleMatch match, LeadFacts facts, Lead lead, boolean live, Read read) {
        Step step = act(match.action(), lead, facts, live, read);
        if (match.fellBack()
                || !(match.action() instanceof RuleAction.RouteToPool toPool)
                || !toPool.fallsThrough()
                || !(step.reason() instanceof Reason.PoolPassedOver passed)
                || passed.overflow() != null) {
            return new Followed(match, step);
        }
        RuleMatch next = toPool.whenPassedOver() == WhenPassedOver.NEXT_RULE
                ? router.matchAfter(facts, match.ruleIndex())
                : router.fallbackMatch(facts);
        Followed then = follow(router, next, facts, lead, live, read);
        List<Candidate> candidates = new ArrayList<>(step.candidates());
        candidates.addAll(then.step().candidates());
        Step fell = then.step();
        return new Followed(
                then.match(),
                new Step(
                        fell.outcome(),
                        fell.rep(),
                        fell.pool(),
                        fell.strategy(),
                        fell.turn(),
                        fell.urgent(),
                        new Reason.FellThrough(
                                match.ruleName(),
                                toPool.whenPassedOver().name(),
                                next.ruleName(),
                                passed,
                                fell.reason()),
                        candidates,
                        fell.queue(),
                        fell.acceptSla(),
                        fell.shares()));
    }

    private Assignment decided(
            Lead lead,
            Router router,
            Step step,
            String rule,
            Explanation.Qualification screening,
            EnrichLead.Enriched enriched,
            Instant received) {
        Explanation explanation = new Explanation(
                router == null ? null : router.id().value(),
                router == null ? 0 : router.version(),
                rule,
                screening,
                step.reason(),
                step.candidates(),
                enriched.filled(),
                step.shares());
        Instant decided = clock.instant();
        Ownership ownership = Ownership.decided(step.outcome(), step.rep(), step.pool(), step.queue(), step.urgent());
        if (step.outcome() == Outcome.ASSIGNED && step.acceptSla() != null) {
            // A lead assigned by a pool with an accept deadline starts its clock at the decision.
            ownership = ownership.acceptBy(step.acceptSla().deadlineFrom(decided));
        }
        return new Assignment(
                AssignmentId.random(),
                lead.id(),
                step.outcome(),
                step.rep(),
                step.pool(),
                step.strategy(),
                step.turn(),
                step.urgent(),
                explanation,
                decided,
                Duration.between(received, decided).abs(),
                ownership);
    }

    /**
     * What one action did with the lead; {@code queue} is how the queue offers it, for a queued lead;
     * {@code acceptSla} the accept deadline of the pool whose member took it, if any.
     */
    private record Step(
            Outcome outcome,
            RepId rep,
            PoolId pool,
            Strategy strategy,
            long turn,
            boolean urgent,
            Reason reason,
            List<Candidate> candidates,
            QueueMode queue,
            AcceptSla acceptSla,
            List<Explanation.Share> shares) {

        Step(
                Outcome outcome,
                RepId rep,
                PoolId pool,
                Strategy strategy,
                long turn,
                boolean urgent,
                Reason reason,
                List<Candidate> candidates) {
            this(outcome, rep, pool, strategy, turn, urgent, reason, candidates, null, null, List.of());
        }

        Step(
                Outcome outcome,
                RepId rep,
                PoolId pool,
                Strategy strategy,
                long turn,
                boolean urgent,
                Reason reason,
                List<Candidate> candidates,
                QueueMode queue,
                AcceptSla acceptSla) {
            this(outcome, rep, pool, strategy, turn, urgent, reason, candidates, queue, acceptSla, List.of());
        }

        Step withShares(List<Explanation.Share> standing) {
            return new Step(outcome, rep, pool, strategy, turn, urgent, reason, candidates, queue, acceptSla, standing);
        }

        static Step nowhere(Reason reason) {
            return new Step(Outcome.UNASSIGNED, null, null, null, -1, false, reason, List.of());
        }

        Step urgent(String why) {
            return new Step(
                    outcome,
                    rep,
                    pool,
                    strategy,
                    turn,
                    true,
                    new Reason.Escalated(why, reason),
                    candidates,
                    queue,
                    acceptSla,
                    shares);
        }
    }

    private Step act(RuleAction action, Lead lead, LeadFacts facts, boolean live, Read read) {
        if (action instanceof RuleAction.RouteToPool toPool) {
            return drawFrom(toPool.poolId(), facts, live, read);
        }
        if (action instanceof RuleAction.RouteToRep toRep) {
            return toRep(toRep.repId(), null, read);
        }
        if (action instanceof RuleAction.Escalate escalate) {
            Step step = escalate.poolId() != null
                    ? drawFrom(escalate.poolId(), facts, live, read)
                    : toRep(escalate.repId(), null, read);
            return step.urgent(escalate.reason());
        }
        if (action instanceof RuleAction.RouteToAccountOwner toOwner) {
            return toAccountOwner(toOwner, lead, facts, live, read);
        }
        if (action instanceof RuleAction.RouteToLeadOwner toOwner) {
            return toLeadOwner(toOwner, lead, facts, live, read);
        }
        if (action instanceof RuleAction.SendToQueue queue) {
            // The pool's name goes into the explanation, so the decision reads well after a rename too; the answer's
            // pool loader is primed with what this read.
            Optional<Pool> offeredTo = pools.byId(queue.poolId());
            offeredTo.ifPresent(pool -> read.pools.put(pool.id(), pool));
            return new Step(
                    Outcome.QUEUED,
                    null,
                    queue.poolId(),
                    null,
                    -1,
                    false,
                    new Reason.Queued(queue.poolId(), offeredTo.map(Pool::name).orElse(null), queue.mode()),
                    List.of(),
                    queue.mode(),
                    null);
        }
        RuleAction.Disqualify disqualify = (RuleAction.Disqualify) action;
        return new Step(
                Outcome.DISQUALIFIED,
                null,
                null,
                null,
                -1,
                false,
                new Reason.DisqualifiedByRule(disqualify.reason()),
                List.of());
    }

    /** @param account the account whose owner the rep is, or null when a rule named the rep */
    private Step toRep(RepId repId, Account account, Read read) {
        Optional<Rep> rep = reps.byId(repId);
        if (rep.isEmpty()) {
            return Step.nowhere(new Reason.RepGone(repId));
        }
        read.reps.put(repId, rep.get());
        if (!rep.get().active()) {
            return Step.nowhere(new Reason.RepInactive(repId, rep.get().name()));
        }
        if (rep.get().awayAt(clock.instant())) {
            return Step.nowhere(new Reason.RepAway(
                    repId,
                    rep.get().name(),
                    Candidate.SkipReason.OUT_OF_OFFICE,
                    rep.get().awayUntil()));
        }
        // A rep named outright has no pool to ask for working hours: time off and holidays count.
        Absences.Absence off =
                absences.of(List.of(rep.get()), clock.instant(), false).get(repId);
        if (off != null) {
            return Step.nowhere(new Reason.RepAway(repId, rep.get().name(), off.why(), off.until()));
        }
        Reason reason = account == null
                ? new Reason.ToRep(repId, rep.get().name())
                : new Reason.AccountOwner(account.name(), repId, rep.get().name());
        return new Step(Outcome.ASSIGNED, repId, null, null, -1, false, reason, List.of());
    }

    private Step toAccountOwner(
            RuleAction.RouteToAccountOwner toOwner, Lead lead, LeadFacts facts, boolean live, Read read) {
        Optional<Account> account = accounts.holdingFirstOf(
                Account.candidates(lead.details().email().domain()));
        if (account.isEmpty()) {
            Step fallback = act(toOwner.fallback(), lead, facts, live, read);
            return withReason(
                    fallback, new Reason.NoAccount(lead.details().email().domain(), fallback.reason()));
        }
        // Matching an account consumes no rotation turn: the owner simply gets the lead.
        Step owner = toRep(account.get().ownerId(), account.get(), read);
        if (owner.outcome() == Outcome.ASSIGNED) {
            return owner;
        }
        Step fallback = act(toOwner.fallback(), lead, facts, live, read);
        return withReason(
                fallback, new Reason.AccountOwnerUnavailable(account.get().name(), owner.reason(), fallback.reason()));
    }

    /**
     * To the current owner of the newest earlier lead of the same person, found by one indexed lookup; when none is
     * found, or its owner cannot take the lead now (gone, inactive, away), the action's fallback decides and the reason
     * says which.
     */
    private Step toLeadOwner(RuleAction.RouteToLeadOwner toOwner, Lead lead, LeadFacts facts, boolean live, Read read) {
        Instant now = clock.instant();
        Optional<EarlierLeads.Owned> found = earlierLeads.newestOwned(
                lead.id(),
                ContactKeys.of(lead.details()),
                toOwner.byPhone(),
                now.minus(Duration.ofDays(toOwner.withinDays())),
                now);
        if (found.isEmpty()) {
            Step fallback = act(toOwner.fallback(), lead, facts, live, read);
            return withReason(
                    fallback, new Reason.NoEarlierLead(toOwner.withinDays(), toOwner.byPhone(), fallback.reason()));
        }
        Reason.EarlierLead earlier = found.get().earlier();
        Step owner = toRep(found.get().owner(), null, read);
        if (owner.outcome() == Outcome.ASSIGNED) {
            Reason.ToRep took = (Reason.ToRep) owner.reason();
            return withReason(owner, new Reason.LeadOwner(earlier, took.rep(), took.repName()));
        }
        Step fallback = act(toOwner.fallback(), lead, facts, live, read);
        return withReason(fallback, new Reason.LeadOwnerUnavailable(earlier, owner.reason(), fallback.reason()));
    }

    /** Each member credited on rejoining under fair start, with its name as the decision saw it. */
    private static List<Reason.Credit> credits(Map<RepId, Long> credited, Map<RepId, Rep> reps) {
        List<Reason.Credit> credits = new ArrayList<>(credited.size());
        credited.forEach(
                (rep, count) -> credits.add(new Reason.Credit(rep, reps.get(rep).name(), count)));
        return credits;
    }

    private static Step withReason(Step step, Reason reason) {
        return new Step(
                step.outcome(),
                step.rep(),
                step.pool(),
                step.strategy(),
                step.turn(),
                step.urgent(),
                reason,
                step.candidates(),
                step.queue(),
                step.acceptSla(),
                step.shares());
    }

    private Step drawFrom(PoolId poolId, LeadFacts facts, boolean live, Read read) {
        return drawFrom(poolId, facts, live, true, read);
    }

    private Step drawFrom(PoolId poolId, LeadFacts facts, boolean live, boolean mayOverflow, Read read) {
        Optional<Pool> found = pools.byId(poolId);
        return found.isEmpty()
                ? Step.nowhere(new Reason.PoolGone(poolId))
                : drawFrom(found.get(), facts, live, mayOverflow, read);
    }

    /**
     * @param facts       the lead as its rules saw it, which members' filters test
     * @param mayOverflow false when drawing from an overflow pool: overflow does not chain.
     */
    private Step drawFrom(Pool pool, LeadFacts facts, boolean live, boolean mayOverflow, Read read) {
        read.pools.put(pool.id(), pool);
        Instant now = clock.instant();
        CapWindows windows = CapWindows.at(now, pool.timeZone());
        long turn = live ? rotations.nextTurn(pool.id()) : rotations.turnsTaken(pool.id());
        PoolDraw.Draw draw;
        Reason.Method how;
        List<Explanation.Share> standing = List.of();
        MeetingTypeId meetingType = pool.availabilityFirst();
        if (pool.strategy() == Strategy.EQUAL_DISTRIBUTION) {
            // Equal distribution compares every member's share, so it reads them all.
            Map<RepId, Rep> members = reps.byIds(pool.repIds());
            read.reps.putAll(members);
            Map<RepId, Tally> counts = tallies.of(pool.id(), pool.repIds(), windows.day(), windows.week());
            Map<RepId, FreeSlots.Opening> openings = openings(pool, pool.repIds(), members, counts, now);
            Map<RepId, Absences.Absence> off = absences.of(members.values(), now, pool.onlyDuringWorkingHours());
            EqualShareDraw.Outcome shared =
                    equalShares.draw(pool, facts, turn, members, now, counts, openings, off, windows, live);
            draw = shared.draw();
            standing = shared.shares();
            how = new Reason.Method(
                    pool.strategy(),
                    null,
                    shared.window(),
                    pool.equalDistribution().rejoin(),
                    credits(shared.credited(), members),
                    meetingType);
        } else {
            // A live decision counts the lead for the member in one atomic step that also enforces the caps;
            // a simulation only reads the counts.
            PoolDraw.Claim claim = live
                    ? member -> tallies.tryCount(
                            pool.id(),
                            member.repId(),
                            windows.day(),
                            windows.week(),
                            member.dailyCap(),
                            member.weeklyCap())
                    : member -> Tallies.Counted.COUNTED;
            PoolDraw.MemberStates states = new ReadAsReached(pool, windows, now, read);
            if (pool.strategy() == Strategy.PERFORMANCE_WEIGHTED) {
                int days = pool.performance().days();
                PerformanceWeights weights = PerformanceWeights.of(
                        pool, conversions.between(pool.id(), pool.repIds(), now.minus(Duration.ofDays(days)), now));
                draw = PoolDraw.draw(PoolDraw.Request.byPerformance(pool, turn, weights, states, now, claim)
                        .forLead(facts));
                how = new Reason.Method(pool.strategy(), days, null, null, List.of(), meetingType);
            } else {
                draw = PoolDraw.draw(PoolDraw.Request.byRotation(pool, turn, states, now, claim)
                        .forLead(facts));
                how = new Reason.Method(pool.strategy(), null, null, null, List.of(), meetingType);
            }
        }
        int noSlot = count(draw.candidates(), Candidate.SkipReason.NO_FREE_SLOT);
        int unknown = count(draw.candidates(), Candidate.SkipReason.CALENDAR_UNKNOWN);
        if (draw.chosen().isEmpty()) {
            Reason.PoolPassedOver passed = new Reason.PoolPassedOver(
                    pool.id(), pool.name(), how, pool.members().size(), noSlot, unknown, null);
            if (mayOverflow && pool.overflow() != null) {
                Step overflow = pool.overflow().poolId() != null
                        ? drawFrom(pool.overflow().poolId(), facts, live, false, read)
                        : toRep(pool.overflow().repId(), null, read);
                List<Candidate> candidates = new ArrayList<>(draw.candidates());
                candidates.addAll(overflow.candidates());
                // The lead stays the pool's: reports attribute it to the pool that sent it, and the reason records the
                // overflow.
                return new Step(
                        overflow.outcome(),
                        overflow.rep(),
                        pool.id(),
                        pool.strategy(),
                        turn,
                        false,
                        passed.withOverflow(overflow.reason()),
                        candidates,
                        null,
                        pool.acceptSla(),
                        standing);
            }
            return new Step(
                            Outcome.UNASSIGNED,
                            null,
                            pool.id(),
                            pool.strategy(),
                            turn,
                            false,
                            passed,
                            draw.candidates())
                    .withShares(standing);
        }
        PoolMember member = draw.chosen().get();
        Reason reason = new Reason.PoolDrew(
                pool.id(),
                pool.name(),
                how,
                turn,
                draw.position() + 1,
                pool.members().size(),
                draw.candidates().size() - 1,
                noSlot,
                unknown);
        return new Step(
                Outcome.ASSIGNED,
                member.repId(),
                pool.id(),
                pool.strategy(),
                turn,
                false,
                reason,
                draw.candidates(),
                null,
                pool.acceptSla(),
                standing);
    }

    private static int count(List<Candidate> candidates, Candidate.SkipReason skipped) {
        int count = 0;
        for (Candidate candidate : candidates) {
            if (candidate.skipped() == skipped) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether these members have a free slot, for an availability-first pool; nothing is asked of any other pool.
     * Members that cannot take the lead anyway (gone, inactive, out of office, capped on the counts read) are not
     * asked about, which spares their calendars.
     */
    private Map<RepId, FreeSlots.Opening> openings(
            Pool pool, List<RepId> members, Map<RepId, Rep> found, Map<RepId, Tally> counts, Instant now) {
        if (pool.availabilityFirst() == null) {
            return Map.of();
        }
        Set<RepId> wanted = new HashSet<>(members);
        List<Rep> asked = new ArrayList<>(members.size());
        for (PoolMember member : pool.members()) {
            Rep rep = found.get(member.repId());
            if (wanted.contains(member.repId())
                    && rep != null
                    && PoolDraw.couldTake(member, rep, now, counts.getOrDefault(member.repId(), Tally.NONE))) {
                asked.add(rep);
            }
        }
        return asked.isEmpty() ? Map.of() : freeSlots.of(pool.availabilityFirst(), pool.id(), asked);
    }

    /** Members' reps, counts and free slots, read from the ports in the batches a draw asks for as it reaches them. */
    private final class ReadAsReached implements PoolDraw.MemberStates {

        private final Pool pool;
        private final CapWindows windows;
        private final Instant now;
        private final Map<RepId, Rep> read = new HashMap<>();
        private final Map<RepId, Tally> counts = new HashMap<>();
        private final Map<RepId, FreeSlots.Opening> openings = new HashMap<>();
        private final Map<RepId, Absences.Absence> off = new HashMap<>();
        private final Set<RepId> loaded = new HashSet<>();
        private final Read decision;

        /** @param decision what the whole decision read, which the members' reps read here join */
        ReadAsReached(Pool pool, CapWindows windows, Instant now, Read decision) {
            this.decision = decision;
            this.pool = pool;
            this.windows = windows;
            this.now = now;
        }

        @Override
        public void load(List<RepId> wanted) {
            List<RepId> missing = new ArrayList<>(wanted.size());
            for (RepId rep : wanted) {
                if (loaded.add(rep)) {
                    missing.add(rep);
                }
            }
            if (!missing.isEmpty()) {
                Map<RepId, Rep> found = reps.byIds(missing);
                Map<RepId, Tally> counted = tallies.of(pool.id(), missing, windows.day(), windows.week());
                read.putAll(found);
                decision.reps.putAll(found);
                counts.putAll(counted);
                off.putAll(absences.of(found.values(), now, pool.onlyDuringWorkingHours()));
                openings.putAll(openings(pool, missing, found, counted, now));
            }
        }

        @Override
        public FreeSlots.Opening opening(RepId id) {
            return openings.getOrDefault(id, FreeSlots.Opening.FREE);
        }

        @Override
        public Rep rep(RepId id) {
            return read.get(id);
        }

        @Override
        public Absences.Absence absence(RepId id) {
            return off.get(id);
        }

        @Override
        public Tally tally(RepId id) {
            return counts.getOrDefault(id, Tally.NONE);
        }
    }
}
