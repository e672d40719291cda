package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Candidate.SkipReason;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies.Tally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PrimitiveIterator;

/**
 * Picks the pool member that takes a lead, trying members in the strategy's order and passing over
 * those who cannot take a lead now.
 * <p>
 * For round robin the turn comes from the pool's shared rotation; the member it names is found from
 * the turn alone (see {@link Rotation}), and when that member cannot take the lead the following
 * turns' members are tried in order, so availability never reshuffles the rotation itself. Equal
 * distribution gives its own order (see {@link EqualShare}). A member is passed over when its rep is
 * gone, inactive or out of office, when it reached a cap, or when it is more than the pool's
 * {@code maxLead} ahead of the least-loaded member that can take leads; caps are checked first on the
 * counts read for the decision, then for real by {@link Claim}, atomically, so a member filled up by a
 * concurrent decision is passed over too.
 */
public final class PoolDraw {

    /** Counts the lead for the member, if that keeps it within its caps; false when it does not. */
    @FunctionalInterface
    public interface Claim {
        boolean take(PoolMember member);
    }

    /**
     * @param chosen     the member that takes the lead, empty when every member was passed over
     * @param position   the chosen member's place in the pool's list, or -1
     * @param candidates every member tried, in the order tried, with why each was passed over
     */
    public record Draw(Optional<PoolMember> chosen, int position, List<Candidate> candidates) {
    }

    /**
     * The equal-distribution counts a decision read: the window's key and each member's entry in it.
     * A pool of another strategy has none, and its members' loads are their counts today.
     */
    public record Shares(String window, Map<RepId, Standings.Entry> entries) {

        Standings.Entry of(RepId rep) {
            return entries.getOrDefault(rep, Standings.Entry.NONE);
        }
    }

    private PoolDraw() {
    }

    /**
     * Draws by the pool's rotation, from {@code turn} on.
     *
     * @param reps    the pool's reps, read in one batch; a member missing here is passed over as unknown
     * @param tallies the members' counts in the current windows, read in one batch; absent means none
     */
    public static Draw draw(Pool pool, long turn, Map<RepId, Rep> reps, Instant now, Map<RepId, Tally> tallies, Claim claim) {
        return draw(pool, rotationOrder(pool, turn), reps, now, tallies, null, null, claim);
    }

    /** Draws by the smooth weighted rotation over a performance-weighted pool's effective weights, from {@code turn} on. */
    public static Draw draw(Pool pool, long turn, PerformanceWeights weights, Map<RepId, Rep> reps, Instant now,
                            Map<RepId, Tally> tallies, Claim claim) {
        return draw(pool, rotationOrder(weights.rotation(), pool.members().size(), turn), reps, now, tallies, null, weights, claim);
    }

    /**
     * Draws trying members in {@code order} (positions in the pool's list, each at most once).
     *
     * @param shares  the equal-distribution counts, or null when the pool does not use them
     * @param weights the performance multipliers, or null when the pool does not use them
     */
    public static Draw draw(Pool pool, PrimitiveIterator.OfInt order, Map<RepId, Rep> reps, Instant now,
                            Map<RepId, Tally> tallies, Shares shares, PerformanceWeights weights, Claim claim) {
        long leastLoad = pool.maxLead() == null ? 0 : leastLoad(pool, reps, now, tallies, shares);
        List<Candidate> tried = new ArrayList<>();
        while (order.hasNext()) {
            int position = order.nextInt();
            PoolMember member = pool.members().get(position);
            Tally tally = tallies.getOrDefault(member.repId(), Tally.NONE);
            SkipReason skip = skipReason(member, reps.get(member.repId()), now, tally);
            if (skip == null && pool.maxLead() != null && load(member, tally, shares) - leastLoad > pool.maxLead()) {
                skip = SkipReason.AHEAD_OF_OTHERS;
            }
            if (skip == null && !claim.take(member)) {
                skip = member.dailyCap() != null ? SkipReason.DAILY_CAP : SkipReason.WEEKLY_CAP;
            }
            Standings.Entry entry = shares == null ? Standings.Entry.NONE : shares.of(member.repId());
            tried.add(new Candidate(member.repId(), member.weight(), tally.today(), tally.thisWeek(), skip == null, skip,
                    member.dailyCap(), member.weeklyCap(), shares == null ? null : shares.window(), entry.count(), entry.credit(),
                    weights == null ? 1 : weights.multiplier(position)));
            if (skip == null) {
                return new Draw(Optional.of(member), position, tried);
            }
        }
        return new Draw(Optional.empty(), -1, tried);
    }

    /** The members' positions in rotation order from {@code turn}, each once. */
    static PrimitiveIterator.OfInt rotationOrder(Pool pool, long turn) {
        return rotationOrder(Rotation.of(pool), pool.members().size(), turn);
    }

    private static PrimitiveIterator.OfInt rotationOrder(Rotation rotation, int size, long turn) {
        return new PrimitiveIterator.OfInt() {
            private final boolean[] seen = new boolean[size];
            private int found;
            private long step;

            @Override
            public boolean hasNext() {
                return found < size && step < rotation.cycle();
            }

            @Override
            public int nextInt() {
                while (hasNext()) {
                    int position = rotation.positionAt(turn + step++);
                    if (!seen[position]) {
                        seen[position] = true;
                        found++;
                        return position;
                    }
                }
                throw new NoSuchElementException();
            }
        };
    }

    /** The lowest load among members that could take a lead on the counts read, so the threshold never passes over them all. */
    private static long leastLoad(Pool pool, Map<RepId, Rep> reps, Instant now, Map<RepId, Tally> tallies, Shares shares) {
        long least = Long.MAX_VALUE;
        for (PoolMember member : pool.members()) {
            Tally tally = tallies.getOrDefault(member.repId(), Tally.NONE);
            if (skipReason(member, reps.get(member.repId()), now, tally) == null) {
                least = Math.min(least, load(member, tally, shares));
            }
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    /** Leads counted against the member for the threshold: its share in the equal-distribution window, else today's leads. */
    private static long load(PoolMember member, Tally tally, Shares shares) {
        return shares == null ? tally.today() : shares.of(member.repId()).load();
    }

    static SkipReason skipReason(PoolMember member, Rep rep, Instant now, Tally tally) {
        SkipReason absent = absence(rep, now);
        if (absent != null) {
            return absent;
        }
        if (member.dailyCap() != null && tally.today() >= member.dailyCap()) {
            return SkipReason.DAILY_CAP;
        }
        if (member.weeklyCap() != null && tally.thisWeek() >= member.weeklyCap()) {
            return SkipReason.WEEKLY_CAP;
        }
        return null;
    }

    /** Why the rep cannot take leads at all now, or null when it can. */
    static SkipReason absence(Rep rep, Instant now) {
        if (rep == null) {
            return SkipReason.UNKNOWN_REP;
        }
        if (!rep.active()) {
            return SkipReason.INACTIVE;
        }
        if (rep.awayAt(now)) {
            return SkipReason.OUT_OF_OFFICE;
        }
        return null;
    }
}
