package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.EqualDistribution;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Standings.Entry;
import dev.switchboard.domain.port.Standings.Standing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;

/**
 * One equal-distribution decision worked out on a standing: who rejoins with what credit, and the order
 * in which members are offered the lead.
 * <p>
 * A member's share is its leads in the window plus any credit, divided by its weight; the member with
 * the lowest share goes first. Shares are compared by cross-multiplying ({@code a.load * b.weight}
 * against {@code b.load * a.weight}), so no rounding ever tips a tie. Ties keep the pool's rotation
 * order from the decision's turn, so members level with each other take turns instead of the first
 * listed always winning.
 * <p>
 * A member rejoins when it can take leads again after the standing recorded it away, or when the
 * window already began without it (added to the pool meanwhile). Under {@link EqualDistribution.Rejoin#CATCH_UP}
 * nothing changes: its low share puts it first until it is level. Under
 * {@link EqualDistribution.Rejoin#FAIR_START} it is credited up to the lowest share among the members
 * that were present, rounded down, so it rejoins level with the least-served of them and takes its
 * normal turn.
 */
public final class EqualShare {

    private final Map<RepId, Entry> entries;
    private final int[] order;
    private final Map<RepId, Long> credited;
    private final Map<RepId, Explanation.Rejoined> rejoined;

    private EqualShare(
            Map<RepId, Entry> entries,
            int[] order,
            Map<RepId, Long> credited,
            Map<RepId, Explanation.Rejoined> rejoined) {
        this.entries = entries;
        this.order = order;
        this.credited = credited;
        this.rejoined = rejoined;
    }

    /**
     * @param reps     the pool's reps, read in one batch; a missing rep counts as away
     * @param standing the pool's standing in the current window
     */
    public static EqualShare on(Pool pool, long turn, Map<RepId, Rep> reps, Instant now, Standing standing) {
        return on(pool, turn, reps, java.util.Set.of(), now, standing);
    }

    /** @param off the reps off by their schedule now (time off, holidays, working hours): away like one out of office */
    public static EqualShare on(
            Pool pool, long turn, Map<RepId, Rep> reps, java.util.Set<RepId> off, Instant now, Standing standing) {
        Map<RepId, Entry> entries = new HashMap<>(standing.entries());
        // Members that left the pool keep their counts, marked away, so that they rejoin if added back.
        entries.replaceAll((rep, entry) -> new Entry(entry.count(), entry.credit(), true));
        List<PoolMember> rejoining = new ArrayList<>();
        Map<RepId, Explanation.Rejoined> rejoined = new HashMap<>();
        PoolMember least = null;
        for (PoolMember member : pool.members()) {
            Entry before = standing.entries().get(member.repId());
            boolean away = PoolDraw.absence(reps.get(member.repId()), now) != null || off.contains(member.repId());
            Entry entry = before == null ? Entry.NONE : before;
            entries.put(member.repId(), new Entry(entry.count(), entry.credit(), away));
            if (away) {
                continue;
            }
            if (standing.version() > 0 && (before == null || before.away())) {
                rejoining.add(member);
                rejoined.put(
                        member.repId(), before == null ? Explanation.Rejoined.NEW : Explanation.Rejoined.RETURNING);
            } else if (least == null || below(entry, member, entries.get(least.repId()), least)) {
                least = member;
            }
        }
        Map<RepId, Long> credited = new LinkedHashMap<>();
        if (pool.equalDistribution().rejoin() == EqualDistribution.Rejoin.FAIR_START && least != null) {
            Entry level = entries.get(least.repId());
            for (PoolMember member : rejoining) {
                Entry entry = entries.get(member.repId());
                long target = Math.floorDiv(level.load() * member.weight(), least.weight());
                long credit = Math.max(0, target - entry.load());
                if (credit > 0) {
                    credited.put(member.repId(), credit);
                }
                entries.put(member.repId(), new Entry(entry.count(), entry.credit() + credit, false));
            }
        }
        List<Integer> positions = new ArrayList<>(pool.members().size());
        PoolDraw.rotationOrder(pool, turn).forEachRemaining((int position) -> positions.add(position));
        Comparator<Integer> byShare = (a, b) -> {
            PoolMember first = pool.members().get(a);
            PoolMember second = pool.members().get(b);
            return Long.compare(
                    entries.get(first.repId()).load() * second.weight(),
                    entries.get(second.repId()).load() * first.weight());
        };
        positions.sort(byShare);
        return new EqualShare(
                entries, positions.stream().mapToInt(Integer::intValue).toArray(), credited, rejoined);
    }

    private static boolean below(Entry entry, PoolMember member, Entry other, PoolMember otherMember) {
        return entry.load() * otherMember.weight() < other.load() * member.weight();
    }

    /** The members' positions in the pool's list, lowest share first, ties in rotation order. */
    public PrimitiveIterator.OfInt order() {
        return Arrays.stream(order).iterator();
    }

    /** Every member's entry as this decision sees it: away flags of now, and any credit just given. */
    public PoolDraw.Shares shares(String window) {
        return new PoolDraw.Shares(window, entries);
    }

    /** The leads this decision credited to each rejoining member, in the pool's order; none under catch-up. */
    public Map<RepId, Long> credited() {
        return credited;
    }

    /**
     * Every member's standing as this decision sees it, in the pool's order: count, credit, share and target (the
     * present members' leads shared by weight), whether it is away, and whether and how it rejoined.
     */
    public List<Explanation.Share> standing(Pool pool) {
        long presentLoad = 0;
        long presentWeight = 0;
        for (PoolMember member : pool.members()) {
            Entry entry = entries.get(member.repId());
            if (!entry.away()) {
                presentLoad += entry.load();
                presentWeight += member.weight();
            }
        }
        List<Explanation.Share> shares = new ArrayList<>(pool.members().size());
        for (PoolMember member : pool.members()) {
            Entry entry = entries.get(member.repId());
            double target = entry.away() || presentWeight == 0
                    ? 0
                    : tenth((double) presentLoad * member.weight() / presentWeight);
            shares.add(new Explanation.Share(
                    member.repId(),
                    member.weight(),
                    entry.count(),
                    entry.credit(),
                    tenth((double) entry.load() / member.weight()),
                    target,
                    entry.away(),
                    rejoined.get(member.repId()),
                    credited.getOrDefault(member.repId(), 0L)));
        }
        return shares;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The standing's entries once {@code chosen} has taken the lead. */
    public Map<RepId, Entry> after(RepId chosen) {
        Map<RepId, Entry> next = new HashMap<>(entries);
        next.computeIfPresent(chosen, (rep, entry) -> new Entry(entry.count() + 1, entry.credit(), entry.away()));
        return next;
    }
}
