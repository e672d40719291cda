package dev.switchboard.domain.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named group of reps that share leads by a strategy; members keep the order they were listed in.
 *
 * @param timeZone where the pool's days and weeks begin, for caps
 * @param overflow where a lead goes when every member is passed over, or null to leave it unassigned
 * @param acceptSla how long members have to accept a lead before it moves on, or null for no limit
 */
public record Pool(PoolId id, String name, Strategy strategy, List<PoolMember> members, ZoneId timeZone, Overflow overflow,
                   AcceptSla acceptSla) {

    public static final int MAX_MEMBERS = 500;

    public Pool {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, Text.SHORT);
        if (strategy == null) {
            throw InputRejected.required("strategy");
        }
        members = members(members);
        if (timeZone == null) {
            timeZone = ZoneOffset.UTC;
        }
        if (overflow != null && id.equals(overflow.poolId())) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "overflow.poolId", "a pool cannot overflow into itself");
        }
    }

    /** A pool with no accept deadline. */
    public Pool(PoolId id, String name, Strategy strategy, List<PoolMember> members, ZoneId timeZone, Overflow overflow) {
        this(id, name, strategy, members, timeZone, overflow, null);
    }

    /** A pool counting days in UTC, with no overflow. */
    public Pool(PoolId id, String name, Strategy strategy, List<PoolMember> members) {
        this(id, name, strategy, members, ZoneOffset.UTC, null);
    }

    /** The same pool with another accept deadline (null for none). */
    public Pool withAcceptSla(AcceptSla sla) {
        return new Pool(id, name, strategy, members, timeZone, overflow, sla);
    }

    /** Lets an adapter refuse an oversized list before it builds every member. */
    public static void checkMemberCount(int count) {
        if (count > MAX_MEMBERS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "members", "a pool has at most " + MAX_MEMBERS + " members");
        }
    }

    private static List<PoolMember> members(List<PoolMember> members) {
        if (members == null || members.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "members", "a pool needs at least one member");
        }
        checkMemberCount(members.size());
        Set<RepId> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            PoolMember member = members.get(i);
            if (member == null) {
                throw InputRejected.required("members[" + i + "]");
            }
            if (!seen.add(member.repId())) {
                throw new InputRejected(ErrorCode.DUPLICATE, "members[" + i + "].repId", "rep " + member.repId() + " is listed twice");
            }
        }
        return List.copyOf(members);
    }

    public boolean hasMember(RepId rep) {
        return members.stream().anyMatch(m -> m.repId().equals(rep));
    }

    public List<RepId> repIds() {
        List<RepId> ids = new ArrayList<>(members.size());
        members.forEach(m -> ids.add(m.repId()));
        return ids;
    }
}
