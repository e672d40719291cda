package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Ownership;
import dev.switchboard.domain.model.OwnershipChange;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.QueueMode;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("assignments")
record AssignmentDocument(
        @Id String id,
        String leadId,
        String outcome,
        String repId,
        String poolId,
        String strategy,
        long turn,
        boolean urgent,
        ExplanationDocument explanation,
        Instant decidedAt,
        long tookNanos,
        OwnershipDocument ownership) {

    /**
     * @param reason the decision's sentence, kept only by decisions stored before reasons were data
     * @param why    the decision's reason as data; null in those older decisions
     */
    record ExplanationDocument(
            String routerId,
            int routerVersion,
            String rule,
            int score,
            String tier,
            String disqualified,
            String reason,
            List<CandidateDocument> candidates,
            List<FilledDocument> enrichment,
            ReasonDocument why,
            List<ShareDocument> shares,
            String qualifiedBy) {}

    /** A member's equal-distribution standing; older decisions have none. */
    record ShareDocument(
            String repId,
            int weight,
            long count,
            long credit,
            double share,
            double target,
            boolean away,
            String rejoined,
            long creditedNow) {}

    /** A reason: its code, its values (text, whole numbers, booleans) and the reasons it led on to. */
    record ReasonDocument(String code, Map<String, Object> values, List<ReasonDocument> inner) {

        static ReasonDocument of(Reason reason) {
            return new ReasonDocument(
                    reason.code().name(),
                    reason.values(),
                    reason.inner().stream().map(ReasonDocument::of).toList());
        }

        Reason toReason() {
            return Reason.of(
                    Reason.Code.valueOf(code),
                    values == null ? Map.of() : values,
                    inner == null
                            ? List.of()
                            : inner.stream().map(ReasonDocument::toReason).toList());
        }
    }

    record FilledDocument(String field, String value, String source) {}

    /** The fields after {@code skipped} came later: older documents lack them (null). */
    record CandidateDocument(
            String repId,
            int weight,
            long today,
            long thisWeek,
            boolean chosen,
            String skipped,
            Integer dailyCap,
            Integer weeklyCap,
            String window,
            Long inWindow,
            Long credit,
            Double multiplier,
            Map<String, Object> skipValues) {}

    record OwnershipDocument(
            String owner,
            String queuePoolId,
            String queueMode,
            boolean accepted,
            Instant acceptBy,
            int moves,
            boolean urgent,
            long version,
            List<ChangeDocument> history) {

        static OwnershipDocument of(Ownership o) {
            return new OwnershipDocument(
                    value(o.owner()),
                    o.queuePool() == null ? null : o.queuePool().value(),
                    o.queueMode() == null ? null : o.queueMode().name(),
                    o.accepted(),
                    o.acceptBy(),
                    o.moves(),
                    o.urgent(),
                    o.version(),
                    o.history().stream()
                            .map(c -> new ChangeDocument(
                                    c.kind().name(), c.by(), c.at(), c.reason(), value(c.from()), value(c.to())))
                            .toList());
        }

        Ownership toOwnership() {
            return new Ownership(
                    rep(owner),
                    queuePoolId == null ? null : new PoolId(queuePoolId),
                    queueMode == null ? null : QueueMode.valueOf(queueMode),
                    accepted,
                    acceptBy,
                    moves,
                    urgent,
                    version,
                    history == null
                            ? List.of()
                            : history.stream()
                                    .map(c -> new OwnershipChange(
                                            OwnershipChange.Kind.valueOf(c.kind()),
                                            c.by(),
                                            c.at(),
                                            c.reason(),
                                            rep(c.from()),
                                            rep(c.to())))
                                    .toList());
        }
    }

    record ChangeDocument(String kind, String by, Instant at, String reason, String from, String to) {}

    static AssignmentDocument of(Assignment a) {
        Explanation e = a.explanation();
        ExplanationDocument explanation = new ExplanationDocument(
                e.routerId(),
                e.routerVersion(),
                e.rule(),
                e.qualification().score(),
                e.qualification().tier(),
                e.qualification().disqualified(),
                null,
                e.candidates().stream()
                        .map(c -> new CandidateDocument(
                                c.repId().value(),
                                c.weight(),
                                c.today(),
                                c.thisWeek(),
                                c.chosen(),
                                c.skipped() == null ? null : c.skipped().name(),
                                c.dailyCap(),
                                c.weeklyCap(),
                                c.window(),
                                c.inWindow(),
                                c.credit(),
                                c.multiplier(),
                                c.skip() == null || c.skip().values().isEmpty()
                                        ? null
                                        : c.skip().values()))
                        .toList(),
                e.enrichment().stream()
                        .map(f -> new FilledDocument(f.field(), f.value(), f.source()))
                        .toList(),
                ReasonDocument.of(e.reason()),
                e.shares().isEmpty()
                        ? null
                        : e.shares().stream()
                                .map(s -> new ShareDocument(
                                        s.rep().value(),
                                        s.weight(),
                                        s.count(),
                                        s.credit(),
                                        s.share(),
                                        s.target(),
                                        s.away(),
                                        s.rejoined() == null
                                                ? null
                                                : s.rejoined().name(),
                                        s.creditedNow()))
                                .toList(),
                // Left out for the workspace's, as decisions stored before routers had their own read.
                e.qualification().appliedFrom() == Explanation.Screening.WORKSPACE
                        ? null
                        : e.qualification().appliedFrom().name());
        return new AssignmentDocument(
                a.id().value(),
                a.leadId().value(),
                a.outcome().name(),
                value(a.repId()),
                a.poolId() == null ? null : a.poolId().value(),
                a.strategy() == null ? null : a.strategy().name(),
                a.turn(),
                a.urgent(),
                explanation,
                a.decidedAt(),
                a.took().toNanos(),
                OwnershipDocument.of(a.ownership()));
    }

    private static String value(RepId id) {
        return id == null ? null : id.value();
    }

    private static RepId rep(String id) {
        return id == null ? null : new RepId(id);
    }

    Assignment toAssignment() {
        Explanation e = new Explanation(
                explanation.routerId(),
                explanation.routerVersion(),
                explanation.rule(),
                new Explanation.Qualification(
                        explanation.score(),
                        explanation.tier(),
                        explanation.disqualified(),
                        explanation.qualifiedBy() == null
                                ? Explanation.Screening.WORKSPACE
                                : Explanation.Screening.valueOf(explanation.qualifiedBy())),
                // Decisions stored before reasons were data keep their sentence.
                explanation.why() == null
                        ? new Reason.Sentence(explanation.reason())
                        : explanation.why().toReason(),
                explanation.candidates().stream()
                        .map(c -> new Candidate(
                                new RepId(c.repId()),
                                c.weight(),
                                c.today(),
                                c.thisWeek(),
                                c.chosen(),
                                c.skipped() == null
                                        ? null
                                        : new Candidate.Skip(Candidate.SkipReason.valueOf(c.skipped()), c.skipValues()),
                                c.dailyCap(),
                                c.weeklyCap(),
                                c.window(),
                                c.inWindow() == null ? 0 : c.inWindow(),
                                c.credit() == null ? 0 : c.credit(),
                                c.multiplier() == null ? 1 : c.multiplier()))
                        .toList(),
                // Decisions stored before enrichment existed have no list.
                explanation.enrichment() == null
                        ? List.of()
                        : explanation.enrichment().stream()
                                .map(f -> new Explanation.Filled(f.field(), f.value(), f.source()))
                                .toList(),
                explanation.shares() == null
                        ? List.of()
                        : explanation.shares().stream()
                                .map(s -> new Explanation.Share(
                                        new RepId(s.repId()),
                                        s.weight(),
                                        s.count(),
                                        s.credit(),
                                        s.share(),
                                        s.target(),
                                        s.away(),
                                        s.rejoined() == null ? null : Explanation.Rejoined.valueOf(s.rejoined()),
                                        s.creditedNow()))
                                .toList());
        Outcome decided = Outcome.valueOf(outcome);
        RepId rep = rep(repId);
        PoolId pool = poolId == null ? null : new PoolId(poolId);
        // Decisions stored before ownership was kept start where their decision left them; their queue mode was not
        // kept.
        Ownership now = ownership == null
                ? Ownership.decided(decided, rep, pool, QueueMode.SHARK_TANK, urgent)
                : ownership.toOwnership();
        return new Assignment(
                new AssignmentId(id),
                new LeadId(leadId),
                decided,
                rep,
                pool,
                strategy == null ? null : Strategy.valueOf(strategy),
                turn,
                urgent,
                e,
                decidedAt,
                Duration.ofNanos(tookNanos),
                now);
    }
}
