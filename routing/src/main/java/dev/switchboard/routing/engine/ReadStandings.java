package dev.switchboard.routing.engine;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies;
import dev.switchboard.domain.port.Tallies.Tally;
import dev.switchboard.routing.strategy.CapWindows;
import dev.switchboard.routing.strategy.EqualShare;
import dev.switchboard.routing.strategy.PerformanceWeights;
import dev.switchboard.routing.strategy.PoolDraw;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a pool's members stand now and who the next lead would go to, worked out from the stored standing,
 * counts and rotation exactly as a decision would, with nothing taken: no turn, no count. Free slots of an
 * availability-first pool are not asked for (a calendar read per member is not worth a glance at the standings).
 */
public final class ReadStandings {

    /**
     * @param window   the window the counts are in: equal distribution's (e.g. 2026-W48), else the cap week
     * @param members  every member in the pool's order with its count, credit, share and target in the window
     * @param today    each member's leads from the pool today, in the pool's time zone
     * @param next     the members the next lead would be offered to, in order, each with why passed over; the
     *                 chosen one last
     * @param nextRep  who would take the next lead; empty when every member would be passed over
     */
    public record PoolStandings(
            Pool pool,
            String window,
            long turnsTaken,
            List<Explanation.Share> members,
            Map<RepId, Tally> today,
            List<Candidate> next,
            Optional<RepId> nextRep) {}

    private final Pools pools;
    private final Reps reps;
    private final Rotations rotations;
    private final Tallies tallies;
    private final Standings standings;
    private final Conversions conversions;
    private final Absences absences;
    private final Clock clock;

    public ReadStandings(
            Pools pools,
            Reps reps,
            Rotations rotations,
            Tallies tallies,
            Standings standings,
            Conversions conversions,
            Absences absences,
            Clock clock) {
        this.pools = pools;
        this.reps = reps;
        this.rotations = rotations;
        this.tallies = tallies;
        this.standings = standings;
        this.conversions = conversions;
        this.absences = absences;
        this.clock = clock;
    }

    public Optional<PoolStandings> of(PoolId id) {
        return pools.byId(id).map(this::of);
    }

    public PoolStandings of(Pool pool) {
        Instant now = clock.instant();
        CapWindows windows = CapWindows.at(now, pool.timeZone());
        long turn = rotations.turnsTaken(pool.id());
        Map<RepId, Rep> members = reps.byIds(pool.repIds());
        Map<RepId, Tally> counts = tallies.of(pool.id(), pool.repIds(), windows.day(), windows.week());
        Map<RepId, Absences.Absence> off = absences.of(members.values(), now, pool.onlyDuringWorkingHours());
        PoolDraw.MemberStates states = PoolDraw.MemberStates.of(members, counts, Map.of(), off);
        PoolDraw.Claim nothingTaken = member -> Tallies.Counted.COUNTED;
        if (pool.strategy() == Strategy.EQUAL_DISTRIBUTION) {
            String window = windows.of(pool.equalDistribution().window());
            EqualShare share = EqualShare.on(pool, turn, members, off.keySet(), now, standings.of(pool.id(), window));
            PoolDraw.Draw draw = PoolDraw.draw(
                    PoolDraw.Request.inOrder(pool, share.order(), share.shares(window), states, now, nothingTaken));
            return new PoolStandings(pool, window, turn, share.standing(pool), counts, draw.candidates(), chosen(draw));
        }
        PoolDraw.Draw draw;
        if (pool.strategy() == Strategy.PERFORMANCE_WEIGHTED) {
            int days = pool.performance().days();
            PerformanceWeights weights = PerformanceWeights.of(
                    pool, conversions.between(pool.id(), pool.repIds(), now.minus(Duration.ofDays(days)), now));
            draw = PoolDraw.draw(PoolDraw.Request.byPerformance(pool, turn, weights, states, now, nothingTaken));
        } else {
            draw = PoolDraw.draw(PoolDraw.Request.byRotation(pool, turn, states, now, nothingTaken));
        }
        return new PoolStandings(
                pool,
                windows.week(),
                turn,
                weekShares(pool, counts, states, now),
                counts,
                draw.candidates(),
                chosen(draw));
    }

    private static Optional<RepId> chosen(PoolDraw.Draw draw) {
        return draw.chosen().map(PoolMember::repId);
    }

    /** Outside equal distribution the week's counts stand for the share: the present members' leads shared by weight. */
    private static List<Explanation.Share> weekShares(
            Pool pool, Map<RepId, Tally> counts, PoolDraw.MemberStates states, Instant now) {
        long presentLoad = 0;
        long presentWeight = 0;
        boolean[] away = new boolean[pool.members().size()];
        for (int i = 0; i < pool.members().size(); i++) {
            PoolMember member = pool.members().get(i);
            Rep rep = states.rep(member.repId());
            away[i] = rep == null || !rep.active() || rep.awayAt(now) || states.absence(member.repId()) != null;
            if (!away[i]) {
                presentLoad += week(counts, member);
                presentWeight += member.weight();
            }
        }
        List<Explanation.Share> shares = new ArrayList<>(pool.members().size());
        for (int i = 0; i < pool.members().size(); i++) {
            PoolMember member = pool.members().get(i);
            long count = week(counts, member);
            double target =
                    away[i] || presentWeight == 0 ? 0 : tenth((double) presentLoad * member.weight() / presentWeight);
            shares.add(new Explanation.Share(
                    member.repId(),
                    member.weight(),
                    count,
                    0,
                    tenth((double) count / member.weight()),
                    target,
                    away[i],
                    null,
                    0));
        }
        return shares;
    }

    private static long week(Map<RepId, Tally> counts, PoolMember member) {
        return counts.getOrDefault(member.repId(), Tally.NONE).thisWeek();
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
