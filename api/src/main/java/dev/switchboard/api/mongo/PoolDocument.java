package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.AcceptSla;
import dev.switchboard.domain.model.Overflow;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

@Document("pools")
record PoolDocument(@Id String id, String name, String strategy, List<MemberDocument> members, String timeZone,
                    String overflowPoolId, String overflowRepId, SlaDocument acceptSla) {

    record SlaDocument(int acceptWithinMinutes, int maxMoves, String escalateToPoolId, String escalateToRepId) {

        static SlaDocument of(AcceptSla sla) {
            return sla == null ? null : new SlaDocument(sla.acceptWithinMinutes(), sla.maxMoves(),
                    sla.escalateToPool() == null ? null : sla.escalateToPool().value(),
                    sla.escalateToRep() == null ? null : sla.escalateToRep().value());
        }

        AcceptSla toSla() {
            return new AcceptSla(acceptWithinMinutes, maxMoves, escalateToPoolId == null ? null : new PoolId(escalateToPoolId),
                    escalateToRepId == null ? null : new RepId(escalateToRepId));
        }
    }

    record MemberDocument(String repId, int weight, Integer dailyCap, Integer weeklyCap) {
    }

    static PoolDocument of(Pool pool) {
        Overflow overflow = pool.overflow();
        return new PoolDocument(pool.id().value(), pool.name(), pool.strategy().name(),
                pool.members().stream().map(m -> new MemberDocument(m.repId().value(), m.weight(), m.dailyCap(), m.weeklyCap())).toList(),
                pool.timeZone().getId(),
                overflow == null || overflow.poolId() == null ? null : overflow.poolId().value(),
                overflow == null || overflow.repId() == null ? null : overflow.repId().value(),
                SlaDocument.of(pool.acceptSla()));
    }

    Pool toPool() {
        Overflow overflow = overflowPoolId == null && overflowRepId == null ? null : new Overflow(
                overflowPoolId == null ? null : new PoolId(overflowPoolId), overflowRepId == null ? null : new RepId(overflowRepId));
        return new Pool(new PoolId(id), name, Strategy.valueOf(strategy),
                members.stream().map(m -> new PoolMember(new RepId(m.repId()), m.weight(), m.dailyCap(), m.weeklyCap())).toList(),
                timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone), overflow, acceptSla == null ? null : acceptSla.toSla());
    }
}
