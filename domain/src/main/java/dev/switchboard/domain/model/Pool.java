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
 * @param timeZone where the pool's days, weeks and months begin, for caps and equal distribution
 * @param overflow where a lead goes when every member is passed over, or null to leave it unassigned
 * @param options  the strategy's settings; null gives the strategy's defaults
 * @param maxLead  the most leads a member may be ahead of the least-loaded available member (counted in
 *                 the pool's window: the day, or the equal-distribution window) before it is passed
 *                 over; null for no limit
 * @param acceptSla how long members have to accept a lead before it moves on, or null for no limit
 * @param availabilityFirst the meeting type whose free slots a member needs to take a lead (availability-first:
 *                          a member with no free slot of it in its booking horizon is passed over), or null
 * @param onlyDuringWorkingHours whether a member whose working hours say it is off now is passed over (time off and
 *                               holidays pass a member over in every pool)
 */
public record Pool(
        PoolId id,
        String name,
        Strategy strategy,
        List<PoolMember> members,
        ZoneId timeZone,
        Overflow overflow,
        StrategyOptions options,
        Integer maxLead,
        AcceptSla acceptSla,
        MeetingTypeId availabilityFirst,
        boolean onlyDuringWorkingHours) {

    /** The zone of a pool created without one. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    public static final int MAX_MEMBERS = 500;

    public Pool {
        Objects.requireNonNull(id, "id");
        // Each setting is checked on its own, so that one answer names every one at fault.
        List<InputRejected> faults = new ArrayList<>();
        name = InputsRejected.collect(faults, name, v -> Text.required("name", v, Text.SHORT));
        if (strategy == null) {
            faults.add(InputRejected.required("strategy"));
        }
        members = InputsRejected.collect(faults, members, v -> members(v));
        if (timeZone == null || timeZone.equals(ZoneOffset.UTC)) {
            // The region id reads UTC where the offset reads Z; the rules are the same.
            timeZone = UTC;
        }
        if (overflow != null && id.equals(overflow.poolId())) {
            faults.add(new InputRejected(
                    ErrorCode.INVALID_FORMAT, "overflowPoolId", "a pool cannot overflow into itself"));
        }
        if (options == null && strategy != null) {
            options = StrategyOptions.defaultsFor(strategy);
        }
        if (options != null && strategy != null && !options.suits(strategy)) {
            faults.add(new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    options instanceof EqualDistribution
                            ? "equalDistribution"
                            : options instanceof PerformanceWeighting ? "performance" : "strategy",
                    "these settings do not suit the " + strategy + " strategy"));
        }
        if (maxLead != null && (maxLead < 0 || maxLead > PoolMember.MAX_CAP)) {
            faults.add(new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "maxLead", "maxLead must be between 0 and " + PoolMember.MAX_CAP));
        }
        InputsRejected.raise(faults);
    }

    /** A pool that takes leads whatever its members' working hours say. */
    public Pool(
            PoolId id,
            String name,
            Strategy strategy,
            List<PoolMember> members,
            ZoneId timeZone,
            Overflow overflow,
            StrategyOptions options,
            Integer maxLead,
            AcceptSla acceptSla,
            MeetingTypeId availabilityFirst) {
        this(id, name, strategy, members, timeZone, overflow, options, maxLead, acceptSla, availabilityFirst, false);
    }

    /** A pool that does not ask for free slots. */
    public Pool(
            PoolId id,
            String name,
            Strategy strategy,
            List<PoolMember> members,
            ZoneId timeZone,
            Overflow overflow,
            StrategyOptions options,
            Integer maxLead,
            AcceptSla acceptSla) {
        this(id, name, strategy, members, timeZone, overflow, options, maxLead, acceptSla, null);
    }

    /** A pool with no accept deadline. */
    public Pool(
            PoolId id,
            String name,
            Strategy strategy,
            List<PoolMember> members,
            ZoneId timeZone,
            Overflow overflow,
            StrategyOptions options,
            Integer maxLead) {
        this(id, name, strategy, members, timeZone, overflow, options, maxLead, null);
    }

    /** A pool with its strategy's default settings, no load limit and no accept deadline. */
    public Pool(
            PoolId id, String name, Strategy strategy, List<PoolMember> members, ZoneId timeZone, Overflow overflow) {
        this(id, name, strategy, members, timeZone, overflow, null, null, null);
    }

    /** A pool counting days in UTC, with no overflow. */
    public Pool(PoolId id, String name, Strategy strategy, List<PoolMember> members) {
        this(id, name, strategy, members, ZoneOffset.UTC, null);
    }

    /** The equal-distribution settings, or null for another strategy. */
    public EqualDistribution equalDistribution() {
        return options instanceof EqualDistribution equal ? equal : null;
    }

    /** The performance-weighting settings, or null for another strategy. */
    public PerformanceWeighting performance() {
        return options instanceof PerformanceWeighting performance ? performance : null;
    }

    /** The same pool under another id: an update replaces a pool's whole definition but keeps its identity. */
    public Pool withId(PoolId id) {
        return new Pool(
                id,
                name,
                strategy,
                members,
                timeZone,
                overflow,
                options,
                maxLead,
                acceptSla,
                availabilityFirst,
                onlyDuringWorkingHours);
    }

    /** The same pool with another accept deadline (null for none). */
    public Pool withAcceptSla(AcceptSla sla) {
        return new Pool(
                id,
                name,
                strategy,
                members,
                timeZone,
                overflow,
                options,
                maxLead,
                sla,
                availabilityFirst,
                onlyDuringWorkingHours);
    }

    /** The same pool asking its members for a free slot of {@code meetingType} (null: not asking). */
    public Pool withAvailabilityFirst(MeetingTypeId meetingType) {
        return new Pool(
                id,
                name,
                strategy,
                members,
                timeZone,
                overflow,
                options,
                maxLead,
                acceptSla,
                meetingType,
                onlyDuringWorkingHours);
    }

    /** The same pool passing over members off by their working hours, or not. */
    public Pool withOnlyDuringWorkingHours(boolean only) {
        return new Pool(
                id, name, strategy, members, timeZone, overflow, options, maxLead, acceptSla, availabilityFirst, only);
    }

    /** Lets an adapter refuse an oversized list before it builds every member. */
    public static void checkMemberCount(int count) {
        if (count > MAX_MEMBERS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "members", "a pool has at most " + MAX_MEMBERS + " members");
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
                throw new InputRejected(
                        ErrorCode.DUPLICATE, "members[" + i + "].repId", "rep " + member.repId() + " is listed twice");
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
