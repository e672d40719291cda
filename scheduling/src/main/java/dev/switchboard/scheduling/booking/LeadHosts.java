package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.util.Optional;

/**
 * Who a lead meets: its owner when it has one, else the pool its routing decision drew from, else the pool it
 * was sent to. Exactly one of the two is set.
 */
record LeadHosts(RepId owner, PoolId pool) {

    /** @return empty when the lead has neither an owner nor a pool (disqualified, say) */
    static Optional<LeadHosts> of(Lead lead, Optional<Assignment> decision) {
        RepId owner = decision.map(a -> a.ownership().owner()).orElse(null);
        if (owner != null) {
            return Optional.of(new LeadHosts(owner, null));
        }
        PoolId pool = decision.map(Assignment::poolId).orElse(lead.poolId());
        return pool == null ? Optional.empty() : Optional.of(new LeadHosts(null, pool));
    }
}
