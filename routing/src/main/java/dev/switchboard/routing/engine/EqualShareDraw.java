package dev.switchboard.routing.engine;

import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.FreeSlots;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Standings.Entry;
import dev.switchboard.domain.port.Standings.Standing;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.domain.port.Tallies.Tally;
import dev.switchboard.routing.strategy.CapWindows;
import dev.switchboard.routing.strategy.EqualShare;
import dev.switchboard.routing.strategy.PoolDraw;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An equal-distribution draw against the shared standing: read it, decide, and write the decision
 * back only if nobody changed the standing meanwhile; a decision that lost the race is made again on
 * the fresh standing. Every writer changes the standing by one compare-and-set, so concurrent
 * decisions on any number of instances act as if made one at a time.
 * <p>
 * Caps are counted after the standing is written; when a concurrent decision filled the chosen member
 * up in between, its count in the standing is given back and the decision is made again with that
 * member passed over as capped.
 */
final class EqualShareDraw {

    /** A loser retries at once: each lost race means another decision went through, so all make progress. */
    private static final int ATTEMPTS = 10_000;

    /** What the draw did, and the credit it gave rejoining members. */
    record Outcome(PoolDraw.Draw draw, String window, Map<RepId, Long> credited, List<Explanation.Share> shares) {}

    private final Standings standings;
    private final Tallies tallies;

    EqualShareDraw(Standings standings, Tallies tallies) {
        this.standings = standings;
        this.tallies = tallies;
    }

    /**
     * @param lead     the lead as its rules saw it, which members' filters test
     * @param openings whether members have a free slot, for an availability-first pool (empty otherwise)
     */
    Outcome draw(
            Pool pool,
            LeadFacts lead,
            long turn,
            Map<RepId, Rep> reps,
            Instant now,
            Map<RepId, Tally> counts,
            Map<RepId, FreeSlots.Opening> openings,
            Map<RepId, Absences.Absence> off,
            CapWindows windows,
            boolean live) {
        String window = windows.of(pool.equalDistribution().window());
        Map<RepId, Tallies.Counted> filledMeanwhile = new HashMap<>();
        PoolDraw.MemberStates states = PoolDraw.MemberStates.of(reps, counts, openings, off);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Standing standing = standings.of(pool.id(), window);
            EqualShare share = EqualShare.on(pool, turn, reps, off.keySet(), now, standing);
            PoolDraw.Draw draw = PoolDraw.draw(PoolDraw.Request.inOrder(
                            pool,
                            share.order(),
                            share.shares(window),
                            states,
                            now,
                            member -> filledMeanwhile.getOrDefault(member.repId(), Tallies.Counted.COUNTED))
                    .forLead(lead));
            if (!live || draw.chosen().isEmpty()) {
                return new Outcome(draw, window, share.credited(), share.standing(pool));
            }
            PoolMember chosen = draw.chosen().get();
            if (!standings.replace(pool.id(), window, standing.version(), share.after(chosen.repId()))) {
                continue;
            }
            Tallies.Counted counted = tallies.tryCount(
                    pool.id(), chosen.repId(), windows.day(), windows.week(), chosen.dailyCap(), chosen.weeklyCap());
            if (counted.counted()) {
                return new Outcome(draw, window, share.credited(), share.standing(pool));
            }
            filledMeanwhile.put(chosen.repId(), counted);
            giveBack(pool, window, chosen.repId());
        }
        throw new IllegalStateException(
                "no equal-distribution decision for pool " + pool.id() + " after " + ATTEMPTS + " attempts");
    }

    private void giveBack(Pool pool, String window, RepId rep) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Standing standing = standings.of(pool.id(), window);
            Map<RepId, Entry> entries = new HashMap<>(standing.entries());
            entries.computeIfPresent(
                    rep, (id, entry) -> new Entry(Math.max(0, entry.count() - 1), entry.credit(), entry.away()));
            if (standings.replace(pool.id(), window, standing.version(), entries)) {
                return;
            }
        }
        throw new IllegalStateException("could not give back a count of " + rep + " in pool " + pool.id());
    }
}
