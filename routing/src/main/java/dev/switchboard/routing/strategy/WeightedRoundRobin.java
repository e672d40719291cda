package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.PoolMember;
import java.util.List;

/**
 * Smooth weighted round robin: over every run of (sum of weights) turns each member gets exactly its
 * weight in turns, spread out rather than in blocks (weights 1/1/3 give C A C B C, not C C C A B).
 * <p>
 * The order is the one nginx's smooth weighting produces, made a pure function of the turn number:
 * the shared rotation hands out turn numbers atomically, and every instance maps a number to the same
 * member without sharing any other state.
 */
public final class WeightedRoundRobin implements Rotation {

    private final List<PoolMember> members;
    private final int[] order;

    public WeightedRoundRobin(List<PoolMember> members) {
        this(List.copyOf(members), members.stream().mapToInt(PoolMember::weight).toArray());
    }

    /** A rotation over bare weights, e.g. members' weights scaled by their performance; {@link #memberAt} is not available. */
    public WeightedRoundRobin(int[] weights) {
        this(List.of(), weights.clone());
    }

    private WeightedRoundRobin(List<PoolMember> members, int[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("a rotation needs members");
        }
        for (int weight : weights) {
            if (weight < 1) {
                throw new IllegalArgumentException("weights are positive: " + weight);
            }
        }
        this.members = members;
        this.order = smoothOrder(weights);
    }

    private static int[] smoothOrder(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total = Math.addExact(total, weight);
        }
        int[] order = new int[total];
        long[] current = new long[weights.length];
        for (int turn = 0; turn < total; turn++) {
            int best = 0;
            for (int i = 0; i < current.length; i++) {
                current[i] += weights[i];
                if (current[i] > current[best]) {
                    best = i;
                }
            }
            current[best] -= total;
            order[turn] = best;
        }
        return order;
    }

    /** The number of turns after which the order repeats: the sum of the weights. */
    @Override
    public int cycle() {
        return order.length;
    }

    @Override
    public int positionAt(long turn) {
        return order[Math.toIntExact(Math.floorMod(turn, (long) order.length))];
    }

    public PoolMember memberAt(long turn) {
        if (members.isEmpty()) {
            throw new IllegalStateException("a rotation over bare weights knows no members");
        }
        return members.get(positionAt(turn));
    }
}
