package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.PerformanceWeighting;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Conversions.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A performance-weighted pool's effective weights: each member's weight times its multiplier (see
 * {@link PerformanceWeighting#multiplier}), and the smooth weighted rotation over them.
 * <p>
 * The rotation needs whole numbers, so effective weights are kept to a tenth (a member of weight 1 at
 * multiplier 0.5 counts 5 against 10 for an average one); in a pool whose weights add up to more than
 * {@value #FINE_LIMIT}, to a whole weight (at least 1), which keeps the rotation's cycle short.
 */
public final class PerformanceWeights {

    static final int FINE_LIMIT = 1_000;

    private final double[] multipliers;
    private final List<Integer> units;

    private PerformanceWeights(double[] multipliers, List<Integer> units) {
        this.multipliers = multipliers;
        this.units = units;
    }

    /** @param results each member's leads and conversions over the period, read in one batch; absent means none */
    public static PerformanceWeights of(Pool pool, Map<RepId, Results> results) {
        PerformanceWeighting settings = pool.performance();
        long assigned = 0;
        long converted = 0;
        for (PoolMember member : pool.members()) {
            Results r = results.getOrDefault(member.repId(), Results.NONE);
            assigned += r.assigned();
            converted += r.converted();
        }
        int scale = pool.members().stream().mapToInt(PoolMember::weight).sum() > FINE_LIMIT ? 1 : 10;
        double[] multipliers = new double[pool.members().size()];
        List<Integer> units = new ArrayList<>(multipliers.length);
        for (int i = 0; i < multipliers.length; i++) {
            PoolMember member = pool.members().get(i);
            Results r = results.getOrDefault(member.repId(), Results.NONE);
            // Kept to a tenth, as shown: the rotation uses exactly the multiplier the explanation reports.
            multipliers[i] =
                    Math.round(settings.multiplier(r.assigned(), r.converted(), assigned, converted) * 10) / 10.0;
            units.add((int) Math.max(1, Math.round(member.weight() * multipliers[i] * scale)));
        }
        return new PerformanceWeights(multipliers, List.copyOf(units));
    }

    /** The multiplier of the member at {@code position} in the pool's list. */
    public double multiplier(int position) {
        return multipliers[position];
    }

    /** The smooth weighted rotation over the effective weights. */
    public Rotation rotation() {
        return Rotation.weighted(units);
    }
}
