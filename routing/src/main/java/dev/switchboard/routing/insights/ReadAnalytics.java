package dev.switchboard.routing.insights;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.LeadAnalytics;
import dev.switchboard.domain.port.Pools;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The analytics of a period, checked and read in one call to {@link LeadAnalytics}, with the target shares of the
 * pool's members (its weights as they are now) when a pool is asked about.
 */
public final class ReadAnalytics {

    public static final Duration MAX_PERIOD = Duration.ofDays(366);

    /** @param targetShares each current member's weight over the pool's total, in the pool's order; empty without a pool */
    public record Analytics(LeadAnalytics.Report report, Map<RepId, Double> targetShares) {}

    private final LeadAnalytics analytics;
    private final Pools pools;

    public ReadAnalytics(LeadAnalytics analytics, Pools pools) {
        this.analytics = analytics;
        this.pools = pools;
    }

    public Analytics between(Instant from, Instant to, PoolId poolId) {
        if (from == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "from", "give the period's start");
        }
        if (to == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "to", "give the period's end");
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "to", "the period runs forward, at most " + MAX_PERIOD.toDays() + " days");
        }
        Map<RepId, Double> targets = new LinkedHashMap<>();
        if (poolId != null) {
            Optional<Pool> pool = pools.byId(poolId);
            if (pool.isEmpty()) {
                throw new InputRejected(ErrorCode.NOT_FOUND, "poolId", "no pool has this id");
            }
            long total =
                    pool.get().members().stream().mapToLong(PoolMember::weight).sum();
            for (PoolMember member : pool.get().members()) {
                targets.put(member.repId(), total == 0 ? 0 : (double) member.weight() / total);
            }
        }
        return new Analytics(analytics.between(from, to, poolId), targets);
    }
}
