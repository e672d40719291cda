package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Candidate.SkipReason;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Tallies.Tally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the pool member whose turn it is, passing over members who cannot take a lead now.
 * <p>
 * The turn comes from the pool's shared rotation; the member it names is found from the turn alone
 * (see {@link Rotation}), and when that member cannot take the lead the following turns'
 * members are tried in order, so availability never reshuffles the rotation itself. A member is
 * passed over when its rep is gone, inactive or out of office, or when it reached a cap; the cap is
 * checked first on the counts read for the decision, then for real by {@link Claim}, atomically, so a
 * member filled up by a concurrent decision is passed over too.
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

    private PoolDraw() {
    }

    /**
     * @param reps    the pool's reps, read in one batch; a member missing here is passed over as unknown
     * @param tallies the members' counts in the current windows, read in one batch; absent means none
     */
    public static Draw draw(Pool pool, long turn, Map<RepId, Rep> reps, Instant now, Map<RepId, Tally> tallies, Claim claim) {
        Rotation rotation = Rotation.of(pool);
        List<Candidate> tried = new ArrayList<>();
        boolean[] seen = new boolean[pool.members().size()];
        for (int step = 0; step < rotation.cycle() && tried.size() < seen.length; step++) {
            int position = rotation.positionAt(turn + step);
            if (seen[position]) {
                continue;
            }
            seen[position] = true;
            PoolMember member = pool.members().get(position);
            Tally tally = tallies.getOrDefault(member.repId(), Tally.NONE);
            SkipReason skip = skipReason(member, reps.get(member.repId()), now, tally);
            if (skip == null && !claim.take(member)) {
                skip = member.dailyCap() != null ? SkipReason.DAILY_CAP : SkipReason.WEEKLY_CAP;
            }
            tried.add(new Candidate(member.repId(), member.weight(), tally.today(), tally.thisWeek(), skip == null, skip));
            if (skip == null) {
                return new Draw(Optional.of(member), position, tried);
            }
        }
        return new Draw(Optional.empty(), -1, tried);
    }

    private static SkipReason skipReason(PoolMember member, Rep rep, Instant now, Tally tally) {
        if (rep == null) {
            return SkipReason.UNKNOWN_REP;
        }
        if (!rep.active()) {
            return SkipReason.INACTIVE;
        }
        if (rep.awayAt(now)) {
            return SkipReason.OUT_OF_OFFICE;
        }
        if (member.dailyCap() != null && tally.today() >= member.dailyCap()) {
            return SkipReason.DAILY_CAP;
        }
        if (member.weeklyCap() != null && tally.thisWeek() >= member.weeklyCap()) {
            return SkipReason.WEEKLY_CAP;
        }
        return null;
    }
}
