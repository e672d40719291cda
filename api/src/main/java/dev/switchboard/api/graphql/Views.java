package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Attribute;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.FieldSource;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.PerformanceWeighting;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.routing.explain.ReasonWords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shapes the schema shows of the model, mapped once here at the boundary. */
final class Views {

    private Views() {}

    record LeadView(
            String id,
            Instant submittedAt,
            String name,
            String email,
            String emailDomain,
            String phone,
            String company,
            String industry,
            Integer employees,
            BigDecimal annualRevenue,
            String country,
            String region,
            String postalCode,
            String product,
            BigDecimal dealValue,
            String source,
            String language,
            String jobTitle,
            Integer score,
            List<Attribute> attributes,
            String formId,
            String poolId,
            Integer formVersion,
            List<FieldSource> fieldSources) {

        static LeadView of(Lead lead) {
            LeadDetails d = lead.details();
            return new LeadView(
                    lead.id().value(),
                    lead.submittedAt(),
                    d.name(),
                    d.email().value(),
                    d.email().domain(),
                    d.phone(),
                    d.company(),
                    d.industry(),
                    d.employees(),
                    d.annualRevenue(),
                    d.country(),
                    d.region(),
                    d.postalCode(),
                    d.product(),
                    d.dealValue(),
                    d.source(),
                    d.language(),
                    d.jobTitle(),
                    d.score(),
                    d.attributes(),
                    lead.formId() == null ? null : lead.formId().value(),
                    lead.poolId() == null ? null : lead.poolId().value(),
                    lead.formVersion(),
                    lead.fieldSources().stream().map(LeadView::globalFrom).toList());
        }

        /** An earlier lead that gave a value is told as "lead <id>": the lead's global id, as Lead.id answers it. */
        private static FieldSource globalFrom(FieldSource source) {
            String from = source.from();
            if (from == null || !from.startsWith("lead ")) {
                return source;
            }
            return new FieldSource(
                    source.field(),
                    source.source(),
                    "lead " + GlobalIds.encode("Lead", from.substring("lead ".length())));
        }
    }

    record AssignmentView(
            String id,
            String leadId,
            Outcome outcome,
            String repId,
            String poolId,
            Strategy strategy,
            long turn,
            boolean urgent,
            ExplanationView explanation,
            Instant decidedAt,
            long tookMicros,
            OwnershipView current,
            List<ChangeView> history,
            boolean overflowed) {

        static AssignmentView of(Assignment a) {
            return of(a, null);
        }

        /** @param misses the missed rules when they are at hand (a simulation, whose lead is not stored), else null */
        static AssignmentView of(Assignment a, List<Explanation.RuleMiss> misses) {
            Explanation e = a.explanation();
            ExplanationView explanation = new ExplanationView(
                    e.routerId(),
                    e.routerVersion() == 0 ? null : e.routerVersion(),
                    e.rule(),
                    e.qualification(),
                    ReasonWords.ENGLISH.sentence(e),
                    e.reason().code(),
                    e.reason().steps().stream().map(StepView::of).toList(),
                    e.candidates().stream().map(CandidateView::of).toList(),
                    e.enrichment(),
                    e.shares().stream().map(ShareView::of).toList(),
                    e,
                    a.leadId().value(),
                    misses);
            return new AssignmentView(
                    a.id().value(),
                    a.leadId().value(),
                    a.outcome(),
                    a.repId() == null ? null : a.repId().value(),
                    a.poolId() == null ? null : a.poolId().value(),
                    a.strategy(),
                    a.turn(),
                    a.urgent(),
                    explanation,
                    a.decidedAt(),
                    a.took().toNanos() / 1_000,
                    OwnershipView.of(a.ownership()),
                    a.ownership().history().stream().map(ChangeView::of).toList(),
                    a.overflowed());
        }

        /**
         * The decision as its prospect may see it (a widget's own submission): without what the lead was enriched
         * with and without the missed rules, which are worked out from the stored lead; both would show a visitor
         * what is known of the company behind the email they typed.
         */
        AssignmentView forProspect() {
            ExplanationView e = explanation;
            return new AssignmentView(
                    id,
                    leadId,
                    outcome,
                    repId,
                    poolId,
                    strategy,
                    turn,
                    urgent,
                    new ExplanationView(
                            e.routerId(),
                            e.routerVersion(),
                            e.rule(),
                            e.qualification(),
                            e.reason(),
                            e.reasonCode(),
                            e.steps(),
                            e.candidates(),
                            List.of(),
                            e.shares(),
                            e.source(),
                            e.leadId(),
                            List.of()),
                    decidedAt,
                    tookMicros,
                    current,
                    history,
                    overflowed);
        }
    }

    /**
     * @param source the explanation as stored, to work out its missed rules from
     * @param leadId the lead it explains, read to work out its missed rules
     * @param misses the missed rules when already known, else null (then {@code Explanation.misses} works them out)
     */
    record ExplanationView(
            String routerId,
            Integer routerVersion,
            String rule,
            Explanation.Qualification qualification,
            String reason,
            Reason.Code reasonCode,
            List<StepView> steps,
            List<CandidateView> candidates,
            List<Explanation.Filled> enrichment,
            List<ShareView> shares,
            Explanation source,
            String leadId,
            List<Explanation.RuleMiss> misses) {}

    record ShareView(
            String repId,
            int weight,
            long count,
            long credit,
            double share,
            double target,
            boolean away,
            Explanation.Rejoined rejoined,
            long creditedNow,
            String words) {

        static ShareView of(Explanation.Share s) {
            return new ShareView(
                    s.rep().value(),
                    s.weight(),
                    s.count(),
                    s.credit(),
                    s.share(),
                    s.target(),
                    s.away(),
                    s.rejoined(),
                    s.creditedNow(),
                    ReasonWords.ENGLISH.words(s));
        }
    }

    /** One reason of a decision as data: its code and values. */
    record StepView(Reason.Code code, List<ValueView> values) {

        static StepView of(Reason reason) {
            return new StepView(reason.code(), ValueView.of(reason.values()));
        }
    }

    record ValueView(String name, String value) {

        private static final Map<String, String> NAMED = Map.of("lead", "Lead", "rep", "Rep", "pool", "Pool");

        static List<ValueView> of(Map<String, Object> values) {
            List<ValueView> views = new ArrayList<>(values.size());
            values.forEach((name, value) -> {
                // Values that name a lead, a rep or a pool hold its global id, as the API answers it everywhere.
                String type = NAMED.get(name);
                String text = String.valueOf(value);
                views.add(new ValueView(name, type == null || value == null ? text : GlobalIds.encode(type, text)));
            });
            return views;
        }
    }

    record SkipView(Candidate.SkipReason code, List<ValueView> values, String words) {

        static SkipView of(Candidate.Skip skip) {
            return new SkipView(skip.code(), ValueView.of(skip.values()), ReasonWords.ENGLISH.words(skip));
        }
    }

    record CandidateView(
            String repId,
            int weight,
            long today,
            long thisWeek,
            boolean chosen,
            Candidate.SkipReason skipped,
            SkipView skip,
            Integer dailyCap,
            Integer weeklyCap,
            String window,
            long inWindow,
            long credit,
            double multiplier,
            double effectiveWeight) {

        static CandidateView of(Candidate c) {
            return new CandidateView(
                    c.repId().value(),
                    c.weight(),
                    c.today(),
                    c.thisWeek(),
                    c.chosen(),
                    c.skipped(),
                    c.skip() == null ? null : SkipView.of(c.skip()),
                    c.dailyCap(),
                    c.weeklyCap(),
                    c.window(),
                    c.inWindow(),
                    c.credit(),
                    c.multiplier(),
                    c.effectiveWeight());
        }
    }

    record RepView(String id, String name, String email, String timeZone, boolean active, Instant awayUntil) {

        static RepView of(Rep rep) {
            return new RepView(
                    rep.id().value(),
                    rep.name(),
                    rep.email().value(),
                    rep.timeZone().getId(),
                    rep.active(),
                    rep.awayUntil());
        }
    }

    record PoolView(
            String id,
            String name,
            Strategy strategy,
            List<MemberView> members,
            String timeZone,
            String overflowPoolId,
            String overflowRepId,
            EqualDistribution equalDistribution,
            Integer maxLead,
            PerformanceWeighting performance,
            boolean onlyDuringWorkingHours) {

        static PoolView of(Pool pool) {
            return new PoolView(
                    pool.id().value(),
                    pool.name(),
                    pool.strategy(),
                    pool.members().stream().map(MemberView::of).toList(),
                    pool.timeZone().getId(),
                    pool.overflow() == null || pool.overflow().poolId() == null
                            ? null
                            : pool.overflow().poolId().value(),
                    pool.overflow() == null || pool.overflow().repId() == null
                            ? null
                            : pool.overflow().repId().value(),
                    pool.equalDistribution(),
                    pool.maxLead(),
                    pool.performance(),
                    pool.onlyDuringWorkingHours());
        }
    }

    /**
     * @param filter the member's condition as the schema's Condition union shows it, or null
     * @param filterNodes the same condition flat, groups before their members, or null
     */
    record MemberView(
            String repId,
            int weight,
            Integer dailyCap,
            Integer weeklyCap,
            Object filter,
            List<RouterViews.ConditionNode> filterNodes) {

        static MemberView of(PoolMember member) {
            Condition condition = member.filter() instanceof Condition c ? c : null;
            return new MemberView(
                    member.repId().value(),
                    member.weight(),
                    member.dailyCap(),
                    member.weeklyCap(),
                    condition == null ? null : RouterViews.condition(condition),
                    condition == null ? null : RouterViews.conditionNodes(condition));
        }
    }

    record OwnershipView(
            String ownerId,
            String queuePoolId,
            QueueMode queueMode,
            boolean waitingInQueue,
            boolean accepted,
            Instant acceptBy,
            int moves,
            boolean urgent) {

        static OwnershipView of(Ownership o) {
            return new OwnershipView(
                    o.owner() == null ? null : o.owner().value(),
                    o.queuePool() == null ? null : o.queuePool().value(),
                    o.queueMode(),
                    o.waitingInQueue(),
                    o.accepted(),
                    o.acceptBy(),
                    o.moves(),
                    o.urgent());
        }
    }

    record ChangeView(OwnershipChange.Kind kind, String by, Instant at, String reason, String fromId, String toId) {

        static ChangeView of(OwnershipChange c) {
            // A claim or an accept is made by a rep, named by id: the rep's global id, as everywhere else.
            boolean byRep = c.kind() == OwnershipChange.Kind.CLAIMED || c.kind() == OwnershipChange.Kind.ACCEPTED;
            return new ChangeView(
                    c.kind(),
                    byRep ? GlobalIds.encode("Rep", c.by()) : c.by(),
                    c.at(),
                    c.reason(),
                    c.from() == null ? null : c.from().value(),
                    c.to().value());
        }
    }

    record AcceptSlaView(int acceptWithinMinutes, int maxMoves, String escalateToPoolId, String escalateToRepId) {

        static AcceptSlaView of(AcceptSla sla) {
            return new AcceptSlaView(
                    sla.acceptWithinMinutes(),
                    sla.maxMoves(),
                    sla.escalateToPool() == null ? null : sla.escalateToPool().value(),
                    sla.escalateToRep() == null ? null : sla.escalateToRep().value());
        }
    }
}
