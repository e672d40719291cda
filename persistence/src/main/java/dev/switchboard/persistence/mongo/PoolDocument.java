package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.PerformanceWeighting;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.StrategyOptions;
import dev.switchboard.domain.model.rule.Condition;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("pools")
record PoolDocument(
        @Id String id,
        String name,
        String strategy,
        List<MemberDocument> members,
        String timeZone,
        String overflowPoolId,
        String overflowRepId,
        String window,
        String rejoin,
        Integer maxLead,
        PerformanceDocument performance,
        SlaDocument acceptSla,
        String availabilityFirst,
        Boolean onlyDuringWorkingHours) {

    record SlaDocument(int acceptWithinMinutes, int maxMoves, String escalateToPoolId, String escalateToRepId) {

        static SlaDocument of(AcceptSla sla) {
            return sla == null
                    ? null
                    : new SlaDocument(
                            sla.acceptWithinMinutes(),
                            sla.maxMoves(),
                            sla.escalateToPool() == null
                                    ? null
                                    : sla.escalateToPool().value(),
                            sla.escalateToRep() == null
                                    ? null
                                    : sla.escalateToRep().value());
        }

        AcceptSla toSla() {
            return new AcceptSla(
                    acceptWithinMinutes,
                    maxMoves,
                    escalateToPoolId == null ? null : new PoolId(escalateToPoolId),
                    escalateToRepId == null ? null : new RepId(escalateToRepId));
        }
    }

    /** @param filter the member's condition as routers store theirs; absent in pools stored before filters existed */
    record MemberDocument(String repId, int weight, Integer dailyCap, Integer weeklyCap, org.bson.Document filter) {

        static MemberDocument of(PoolMember member) {
            return new MemberDocument(
                    member.repId().value(),
                    member.weight(),
                    member.dailyCap(),
                    member.weeklyCap(),
                    member.filter() instanceof Condition condition ? RouterCodec.write(condition) : null);
        }

        PoolMember toMember() {
            return new PoolMember(
                    new RepId(repId),
                    weight,
                    dailyCap,
                    weeklyCap,
                    filter == null ? null : RouterCodec.condition(filter));
        }
    }

    record PerformanceDocument(int days, double minMultiplier, double maxMultiplier, int minLeads) {}

    static PoolDocument of(Pool pool) {
        Overflow overflow = pool.overflow();
        EqualDistribution equal = pool.equalDistribution();
        PerformanceWeighting weighting = pool.performance();
        return new PoolDocument(
                pool.id().value(),
                pool.name(),
                pool.strategy().name(),
                pool.members().stream().map(MemberDocument::of).toList(),
                pool.timeZone().getId(),
                overflow == null || overflow.poolId() == null
                        ? null
                        : overflow.poolId().value(),
                overflow == null || overflow.repId() == null
                        ? null
                        : overflow.repId().value(),
                equal == null ? null : equal.window().name(),
                equal == null ? null : equal.rejoin().name(),
                pool.maxLead(),
                weighting == null
                        ? null
                        : new PerformanceDocument(
                                weighting.days(),
                                weighting.minMultiplier(),
                                weighting.maxMultiplier(),
                                weighting.minLeads()),
                SlaDocument.of(pool.acceptSla()),
                pool.availabilityFirst() == null
                        ? null
                        : pool.availabilityFirst().value(),
                pool.onlyDuringWorkingHours());
    }

    Pool toPool() {
        Overflow overflow = overflowPoolId == null && overflowRepId == null
                ? null
                : new Overflow(
                        overflowPoolId == null ? null : new PoolId(overflowPoolId),
                        overflowRepId == null ? null : new RepId(overflowRepId));
        Strategy kind = Strategy.valueOf(strategy);
        StrategyOptions options = null;
        if (kind == Strategy.EQUAL_DISTRIBUTION) {
            options = new EqualDistribution(
                    window == null ? null : EqualDistribution.Window.valueOf(window),
                    rejoin == null ? null : EqualDistribution.Rejoin.valueOf(rejoin));
        } else if (kind == Strategy.PERFORMANCE_WEIGHTED && performance != null) {
            options = new PerformanceWeighting(
                    performance.days(),
                    performance.minMultiplier(),
                    performance.maxMultiplier(),
                    performance.minLeads());
        }
        return new Pool(
                new PoolId(id),
                name,
                kind,
                members.stream().map(MemberDocument::toMember).toList(),
                timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone),
                overflow,
                options,
                maxLead,
                acceptSla == null ? null : acceptSla.toSla(),
                availabilityFirst == null ? null : new MeetingTypeId(availabilityFirst),
                // Pools stored before the setting existed take leads whatever the hours.
                Boolean.TRUE.equals(onlyDuringWorkingHours));
    }
}
