package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the pool member whose turn it is, passing over members who cannot take a lead now.
 * <p>
 * The turn comes from the pool's shared rotation; the member it names is found from the turn alone
 * (see {@link WeightedRoundRobin}), and when that member is unavailable the following turns' members
 * are tried in order, so availability never reshuffles the rotation itself.
 */
public final class PoolDraw {

    /**
     * @param chosen     the member that takes the lead, empty when every member was passed over
     * @param candidates every member tried, in the order tried, with why each was passed over
     */
    public record Draw(Optional<PoolMember> chosen, int position, List<Candidate> candidates) {
    }

    private PoolDraw() {
    }

    /**
     * @param reps the pool's reps, read in one batch; a member missing here is passed over as unknown
     */
    public static Draw draw(Pool pool, long turn, Map<RepId, Rep> reps, Instant now) {
        WeightedRoundRobin rotation = new WeightedRoundRobin(pool.strategy() == Strategy.WEIGHTED_ROUND_ROBIN
                ? pool.members()
                : pool.members().stream().map(m -> new PoolMember(m.repId(), 1)).toList());
        List<Candidate> tried = new ArrayList<>();
        boolean[] seen = new boolean[pool.members().size()];
        for (int step = 0; step < rotation.cycle() && tried.size() < seen.length; step++) {
            int position = rotation.positionAt(turn + step);
            if (seen[position]) {
                continue;
            }
            seen[position] = true;
            PoolMember member = pool.members().get(position);
            Candidate.SkipReason skip = skipReason(reps.get(member.repId()), now);
            if (skip == null) {
                tried.add(new Candidate(member.repId(), member.weight(), true, null));
                return new Draw(Optional.of(member), position, tried);
            }
            tried.add(new Candidate(member.repId(), member.weight(), false, skip));
        }
        return new Draw(Optional.empty(), -1, tried);
    }

    private static Candidate.SkipReason skipReason(Rep rep, Instant now) {
        if (rep == null) {
            return Candidate.SkipReason.UNKNOWN_REP;
        }
        if (!rep.active()) {
            return Candidate.SkipReason.INACTIVE;
        }
        if (rep.awayAt(now)) {
            return Candidate.SkipReason.OUT_OF_OFFICE;
        }
        return null;
    }
}
