package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Candidate.Skip;
import dev.switchboard.domain.model.Candidate.SkipReason;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.port.Absences;
import dev.switchboard.domain.port.FreeSlots.Opening;
import dev.switchboard.domain.port.Standings;
import dev.switchboard.domain.port.Tallies;
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
 * gone, inactive or out of office, when it reached a cap, when the pool is availability-first and the
 * rep has no free slot of its meeting type (or an unreadable calendar the pool excludes), or when it is more than the pool's
 * {@code maxLead} ahead of the least-loaded member that can take leads; caps are checked first on the
 * counts read for the decision, then for real by {@link Claim}, atomically, so a member filled up by a
 * concurrent decision is passed over too.
 */
public final class PoolDraw {

    /** Counts the lead for the member, if that keeps it within its caps; else says which cap it is at. */
    @FunctionalInterface
    public interface Claim {
        Tallies.Counted take(PoolMember member);
    }

    /**
     * @param chosen     the member that takes the lead, empty when every member was passed over
     * @param position   the chosen member's place in the pool's list, or -1
     * @param candidates every member tried, in the order tried, with why each was passed over
     */
    public record Draw(Optional<PoolMember> chosen, int position, List<Candidate> candidates) {}

    /**
     * The state of the members a draw reads: their reps, counts and, in an availability-first pool, whether
     * they have a free slot. A draw asks for it in batches, in
     * the order it tries members, so a draw that settles on one of the first few reads only theirs, and
     * never reads one member at a time.
     */
    public interface MemberStates {

        /** Makes the state of these members available, reading in one batch whatever was not read yet. */
        void load(List<RepId> reps);

        /** The rep, or null when there is no such rep. */
        Rep rep(RepId id);

        /** The member's counts, {@link Tally#NONE} when it has none. */
        Tally tally(RepId id);

        /** Why the rep is off now by its schedule (time off, a holiday, working hours), or null when it is not. */
        default Absences.Absence absence(RepId id) {
            return null;
        }

        /** Whether the rep has a free slot; {@code FREE} when the pool does not ask, or the rep was not asked about. */
        default Opening opening(RepId id) {
            return Opening.FREE;
        }

        /** State read beforehand, every member at once. */
        static MemberStates of(Map<RepId, Rep> reps, Map<RepId, Tally> tallies) {
            return of(reps, tallies, Map.of());
        }

        /** State read beforehand, every member at once, with the free slots of an availability-first pool. */
        static MemberStates of(Map<RepId, Rep> reps, Map<RepId, Tally> tallies, Map<RepId, Opening> openings) {
            return of(reps, tallies, openings, Map.of());
        }

        /** State read beforehand, with free slots and who is off by their schedule. */
        static MemberStates of(
                Map<RepId, Rep> reps,
                Map<RepId, Tally> tallies,
                Map<RepId, Opening> openings,
                Map<RepId, Absences.Absence> off) {
            return new MemberStates() {
                @Override
                public Absences.Absence absence(RepId id) {
                    return off.get(id);
                }

                @Override
                public void load(List<RepId> wanted) {}

                @Override
                public Rep rep(RepId id) {
                    return reps.get(id);
                }

                @Override
                public Tally tally(RepId id) {
                    return tallies.getOrDefault(id, Tally.NONE);
                }

                @Override
                public Opening opening(RepId id) {
                    return openings.getOrDefault(id, Opening.FREE);
                }
            };
        }
    }

    /** How many members' state the first batch reads: enough for the common draw, where the first or second member takes the lead. */
    static final int FIRST_BATCH = 4;

    /**
     * The equal-distribution counts a decision read: the window's key and each member's entry in it.
     * A pool of another strategy has none, and its members' loads are their counts today.
     */
    public record Shares(String window, Map<RepId, Standings.Entry> entries) {

        Standings.Entry of(RepId rep) {
            return entries.getOrDefault(rep, Standings.Entry.NONE);
        }
    }

    private PoolDraw() {}

    /**
     * One draw's inputs: the pool, the order its members are tried in, their state, the time, and how a lead is claimed.
     * Build one with the factory of the strategy: {@link #byRotation}, {@link #byPerformance} or {@link #inOrder}.
     *
     * @param order   positions in the pool's list, each at most once; a request is drawn once
     * @param shares  the equal-distribution counts, or null when the pool does not use them
     * @param weights the performance multipliers, or null when the pool does not use them
     * @param lead    the lead drawn for, whose facts members' filters test; null tests no filter (an SLA move)
     */
    public record Request(
            Pool pool,
            PrimitiveIterator.OfInt order,
            MemberStates states,
            Instant now,
            Claim claim,
            Shares shares,
            PerformanceWeights weights,
            LeadFacts lead) {

        public Request {
            java.util.Objects.requireNonNull(pool, "pool");
            java.util.Objects.requireNonNull(order, "order");
            java.util.Objects.requireNonNull(states, "states");
            java.util.Objects.requireNonNull(now, "now");
            java.util.Objects.requireNonNull(claim, "claim");
        }

        /** By the pool's rotation (round robin, weighted round robin), from {@code turn} on. */
        public static Request byRotation(Pool pool, long turn, MemberStates states, Instant now, Claim claim) {
            return new Request(pool, rotationOrder(pool, turn), states, now, claim, null, null, null);
        }

        /** By the smooth weighted rotation over a performance-weighted pool's effective weights, from {@code turn} on. */
        public static Request byPerformance(
                Pool pool, long turn, PerformanceWeights weights, MemberStates states, Instant now, Claim claim) {
            return new Request(
                    pool,
                    rotationOrder(weights.rotation(), pool.members().size(), turn),
                    states,
                    now,
                    claim,
                    null,
                    weights,
                    null);
        }

        /** Trying members in {@code order}, e.g. lowest equal-distribution share first, with those shares. */
        public static Request inOrder(
                Pool pool,
                PrimitiveIterator.OfInt order,
                Shares shares,
                MemberStates states,
                Instant now,
                Claim claim) {
            return new Request(pool, order, states, now, claim, shares, null, null);
        }

        /** The same request for this lead: members whose filter it fails are passed over as {@code FILTERED_OUT}. */
        public Request forLead(LeadFacts facts) {
            return new Request(pool, order, states, now, claim, shares, weights, facts);
        }
    }

    /** Draws a member: the first in the request's order that can take the lead and whose claim succeeds. */
    public static Draw draw(Request request) {
        Pool pool = request.pool();
        PrimitiveIterator.OfInt order = request.order();
        MemberStates states = request.states();
        long leastLoad = 0;
        if (pool.maxLead() != null) {
            // The threshold compares with the least-loaded member, so every member's counts are needed.
            states.load(pool.repIds());
            leastLoad = leastLoad(request);
        }
        List<Candidate> tried = new ArrayList<>();
        int batch = FIRST_BATCH;
        int[] positions = new int[pool.members().size()];
        while (order.hasNext()) {
            int taken = 0;
            List<RepId> ids = new ArrayList<>(Math.min(batch, positions.length));
            while (taken < batch && order.hasNext()) {
                positions[taken] = order.nextInt();
                ids.add(pool.members().get(positions[taken++]).repId());
            }
            states.load(ids);
            // Past the first batch, whatever members remain are read at once.
            batch = positions.length;
            for (int i = 0; i < taken; i++) {
                Optional<Draw> drawn = tryMember(request, positions[i], leastLoad, tried);
                if (drawn.isPresent()) {
                    return drawn.get();
                }
            }
        }
        return new Draw(Optional.empty(), -1, tried);
    }

    /** Tries one member, recording it as a candidate; the draw when it takes the lead. */
    private static Optional<Draw> tryMember(Request request, int position, long leastLoad, List<Candidate> tried) {
        Pool pool = request.pool();
        MemberStates states = request.states();
        Shares shares = request.shares();
        PerformanceWeights weights = request.weights();
        PoolMember member = pool.members().get(position);
        Tally tally = states.tally(member.repId());
        Skip skip = skip(member, request, tally);
        if (skip == null && pool.maxLead() != null && load(member, tally, shares) - leastLoad > pool.maxLead()) {
            skip = Skip.ahead(pool.maxLead(), load(member, tally, shares), leastLoad);
        }
        if (skip == null) {
            Tallies.Counted counted = request.claim().take(member);
            if (counted == Tallies.Counted.AT_DAILY_CAP) {
                skip = Skip.capReachedMeanwhile(SkipReason.DAILY_CAP, member.dailyCap());
            } else if (counted == Tallies.Counted.AT_WEEKLY_CAP) {
                skip = Skip.capReachedMeanwhile(SkipReason.WEEKLY_CAP, member.weeklyCap());
            }
        }
        Standings.Entry entry = shares == null ? Standings.Entry.NONE : shares.of(member.repId());
        tried.add(new Candidate(
                member.repId(),
                member.weight(),
                tally.today(),
                tally.thisWeek(),
                skip == null,
                skip,
                member.dailyCap(),
                member.weeklyCap(),
                shares == null ? null : shares.window(),
                entry.count(),
                entry.credit(),
                weights == null ? 1 : weights.multiplier(position)));
        return skip == null ? Optional.of(new Draw(Optional.of(member), position, tried)) : Optional.empty();
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
    private static long leastLoad(Request request) {
        long least = Long.MAX_VALUE;
        for (PoolMember member : request.pool().members()) {
            Tally tally = request.states().tally(member.repId());
            if (skip(member, request, tally) == null) {
                least = Math.min(least, load(member, tally, request.shares()));
            }
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    /** Leads counted against the member for the threshold: its share in the equal-distribution window, else today's leads. */
    private static long load(PoolMember member, Tally tally, Shares shares) {
        return shares == null ? tally.today() : shares.of(member.repId()).load();
    }

    /**
     * Why the member cannot take the lead on the state read, its filter and free slots included; null when it can. The
     * filter comes first: a member that would never take this lead is not said to be away from it.
     */
    private static Skip skip(PoolMember member, Request request, Tally tally) {
        MemberStates states = request.states();
        Instant now = request.now();
        Skip filtered = MemberFilters.skip(member, request.lead());
        if (filtered != null) {
            return filtered;
        }
        Skip absent = absence(states.rep(member.repId()), now);
        if (absent != null) {
            return absent;
        }
        Absences.Absence off = states.absence(member.repId());
        if (off != null) {
            return Skip.away(off.why(), off.until());
        }
        Skip skip = skip(member, states.rep(member.repId()), now, tally);
        if (skip != null) {
            return skip;
        }
        Opening opening = states.opening(member.repId());
        if (opening == Opening.NO_FREE_SLOT) {
            return Skip.of(SkipReason.NO_FREE_SLOT);
        }
        return opening == Opening.CALENDAR_UNKNOWN ? Skip.of(SkipReason.CALENDAR_UNKNOWN) : null;
    }

    /**
     * Whether the member could take the lead on its rep and counts alone: what is worth asking its calendar about
     * in an availability-first pool.
     */
    public static boolean couldTake(PoolMember member, Rep rep, Instant now, Tally tally) {
        return skip(member, rep, now, tally) == null;
    }

    static Skip skip(PoolMember member, Rep rep, Instant now, Tally tally) {
        Skip absent = absence(rep, now);
        if (absent != null) {
            return absent;
        }
        if (member.dailyCap() != null && tally.today() >= member.dailyCap()) {
            return Skip.cap(SkipReason.DAILY_CAP, member.dailyCap(), tally.today());
        }
        if (member.weeklyCap() != null && tally.thisWeek() >= member.weeklyCap()) {
            return Skip.cap(SkipReason.WEEKLY_CAP, member.weeklyCap(), tally.thisWeek());
        }
        return null;
    }

    /** Why the rep cannot take leads at all now, or null when it can. */
    static Skip absence(Rep rep, Instant now) {
        if (rep == null) {
            return Skip.of(SkipReason.UNKNOWN_REP);
        }
        if (!rep.active()) {
            return Skip.of(SkipReason.INACTIVE);
        }
        if (rep.awayAt(now)) {
            return Skip.away(SkipReason.OUT_OF_OFFICE, rep.awayUntil());
        }
        return null;
    }
}
