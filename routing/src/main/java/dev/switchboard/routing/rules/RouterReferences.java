package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every pool and rep a router's actions name exists, reading each kind once, and names
 * the rule and field of each that does not ({@code rules[2].action.poolId}, {@code fallback.repId}): one such fault
 * is thrown as an {@link InputRejected}, several as one {@link InputsRejected}, pools' before reps'.
 */
final class RouterReferences {

    private final Pools pools;
    private final Reps reps;

    RouterReferences(Pools pools, Reps reps) {
        this.pools = pools;
        this.reps = reps;
    }

    void check(RouterDraft draft) {
        Map<String, PoolId> poolRefs = new LinkedHashMap<>();
        Map<String, RepId> repRefs = new LinkedHashMap<>();
        for (int i = 0; i < draft.rules().size(); i++) {
            collect("rules[" + i + "].action", draft.rules().get(i).action(), poolRefs, repRefs);
        }
        collect("fallback", draft.fallback(), poolRefs, repRefs);
        List<InputRejected> faults = new ArrayList<>();
        Set<PoolId> knownPools = pools.byIds(poolRefs.values()).keySet();
        poolRefs.forEach((field, id) -> {
            if (!knownPools.contains(id)) {
                faults.add(InputRejected.notFound(field, "pool", id.value()));
            }
        });
        Set<RepId> knownReps = reps.byIds(repRefs.values()).keySet();
        repRefs.forEach((field, id) -> {
            if (!knownReps.contains(id)) {
                faults.add(InputRejected.notFound(field, "rep", id.value()));
            }
        });
        InputsRejected.raise(faults);
    }

    private static void collect(String at, RuleAction action, Map<String, PoolId> pools, Map<String, RepId> reps) {
        if (action instanceof RuleAction.RouteToAccountOwner toOwner) {
            collect(at + ".fallback", toOwner.fallback(), pools, reps);
            return;
        }
        if (action instanceof RuleAction.RouteToLeadOwner toOwner) {
            collect(at + ".fallback", toOwner.fallback(), pools, reps);
            return;
        }
        action.pool().ifPresent(id -> pools.put(at + ".poolId", id));
        action.rep().ifPresent(id -> reps.put(at + ".repId", id));
    }
}
