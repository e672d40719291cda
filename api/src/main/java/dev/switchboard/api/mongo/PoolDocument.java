package dev.switchboard.api.mongo;

import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

@Document("pools")
record PoolDocument(@Id String id, String name, String strategy, List<MemberDocument> members) {

    record MemberDocument(String repId, int weight) {
    }

    static PoolDocument of(Pool pool) {
        return new PoolDocument(pool.id().value(), pool.name(), pool.strategy().name(),
                pool.members().stream().map(m -> new MemberDocument(m.repId().value(), m.weight())).toList());
    }

    Pool toPool() {
        return new Pool(new PoolId(id), name, Strategy.valueOf(strategy),
                members.stream().map(m -> new PoolMember(new RepId(m.repId()), m.weight())).toList());
    }
}
