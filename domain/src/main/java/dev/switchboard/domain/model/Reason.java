package dev.switchboard.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a routing decision went where it went, as data: a {@link Code} and its values, with the reasons it
 * led on to (an account owner who was away leads on to the fallback's own reason). Words are rendered
 * where they are shown, from the code and values alone, so they can be translated.
 * <p>
 * Names of reps and pools are kept as they were when the decision was made: the explanation tells what
 * the decision saw.
 */
public sealed interface Reason {

    /** What kind of reason this is; each code has its own values. */
    Code code();

    /**
     * The reason's values by name, in a stable order: text, whole numbers ({@code Long}) and booleans only, absent when
     * null. {@link #of} builds the same reason back from them.
     */
    Map<String, Object> values();

    /** The reasons this one led on to, in order (e.g. the overflow's draw after a pool passed everyone over). */
    default List<Reason> inner() {
        return List.of();
    }

    /** This reason and every reason it led on to, depth first: the rows an admin reads. */
    default List<Reason> steps() {
        List<Reason> steps = new ArrayList<>();
        steps.add(this);
        for (Reason next : inner()) {
            steps.addAll(next.steps());
        }
        return steps;
    }

    enum Code {
        /** Qualification disqualified the lead before any rule: {@code why}. */
        DISQUALIFIED_BY_QUALIFICATION,
        /** A disqualifying rule matched: {@code why}. */
        DISQUALIFIED_BY_RULE,
        /** The lead waits in a claim queue: {@code pool}, {@code mode}. */
        QUEUED,
        /** A rule named the rep: {@code rep}, {@code repName}. */
        TO_REP,
        /** The rep named no longer exists: {@code rep}. */
        REP_GONE,
        /** The rep named is deactivated: {@code rep}, {@code repName}. */
        REP_INACTIVE,
        /** The rep named cannot take leads now: {@code rep}, {@code repName}, {@code absence}, {@code until}. */
        REP_AWAY,
        /** An escalation marked the lead urgent: {@code why}, then where it went. */
        ESCALATED,
        /** The lead's domain belongs to an account whose owner took it: {@code account}, {@code rep}, {@code repName}. */
        ACCOUNT_OWNER,
        /** No account holds the lead's domain: {@code domain}, then the fallback. */
        NO_ACCOUNT,
        /** An account matched but its owner could not take the lead: {@code account}, then why, then the fallback. */
        ACCOUNT_OWNER_UNAVAILABLE,
        /** The pool named no longer exists: {@code pool}. */
        POOL_GONE,
        /** A pool member took the lead: see {@link PoolDrew}. */
        POOL_DREW,
        /** Every member of the pool was passed over: see {@link PoolPassedOver}; then its overflow, if any. */
        POOL_PASSED_OVER,
        /**
         * A rule's pool passed every member over and had no overflow, so the lead fell through: {@code rule},
         * {@code to} ({@code NEXT_RULE} or {@code FALLBACK}), {@code nextRule} (the later rule that took over, absent
         * when the fallback did); then the pool's reason, then what took over.
         */
        FELL_THROUGH,
        /**
         * The owner of an earlier lead of the same person took the lead: {@code lead} (the earlier lead's id),
         * {@code submittedAt} (its submission), {@code matchedBy} ({@code EMAIL} or {@code PHONE}), {@code rep},
         * {@code repName}.
         */
        LEAD_OWNER,
        /** No earlier lead of the same person has an owner: {@code days}, {@code byPhone}; then the fallback. */
        NO_EARLIER_LEAD,
        /**
         * An earlier lead matched but its owner could not take this one: {@code lead}, {@code submittedAt},
         * {@code matchedBy}; then why, then the fallback.
         */
        LEAD_OWNER_UNAVAILABLE,
        /** A decision stored before reasons were data: its sentence, as stored. */
        SENTENCE
    }

    /** Qualification disqualified the lead before routing. */
    record DisqualifiedByQualification(String why) implements Reason {
        @Override
        public Code code() {
            return Code.DISQUALIFIED_BY_QUALIFICATION;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("why", why);
        }
    }

    /** A rule's action disqualified the lead. */
    record DisqualifiedByRule(String why) implements Reason {
        @Override
        public Code code() {
            return Code.DISQUALIFIED_BY_RULE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("why", why);
        }
    }

    /**
     * The lead was offered to a pool's claim queue.
     *
     * @param poolName the pool's name when the decision was made; null in decisions stored before it was kept
     */
    record Queued(PoolId pool, String poolName, QueueMode mode) implements Reason {
        @Override
        public Code code() {
            return Code.QUEUED;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("pool", pool.value(), "poolName", poolName, "mode", mode.name());
        }
    }

    /** A rule named the rep, who took the lead. */
    record ToRep(RepId rep, String repName) implements Reason {
        @Override
        public Code code() {
            return Code.TO_REP;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("rep", rep.value(), "repName", repName);
        }
    }

    /** The rep named no longer exists. */
    record RepGone(RepId rep) implements Reason {
        @Override
        public Code code() {
            return Code.REP_GONE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("rep", rep.value());
        }
    }

    /** The rep named is deactivated. */
    record RepInactive(RepId rep, String repName) implements Reason {
        @Override
        public Code code() {
            return Code.REP_INACTIVE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("rep", rep.value(), "repName", repName);
        }
    }

    /**
     * The rep named cannot take leads now.
     *
     * @param absence why: out of office, time off, a holiday, or outside working hours
     * @param until   when that ends, if known
     */
    record RepAway(RepId rep, String repName, Candidate.SkipReason absence, Instant until) implements Reason {
        @Override
        public Code code() {
            return Code.REP_AWAY;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of(
                    "rep",
                    rep.value(),
                    "repName",
                    repName,
                    "absence",
                    absence.name(),
                    "until",
                    until == null ? null : until.toString());
        }
    }

    /** An escalation rule marked the lead urgent; {@code then} says where it went. */
    record Escalated(String why, Reason then) implements Reason {
        @Override
        public Code code() {
            return Code.ESCALATED;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("why", why);
        }

        @Override
        public List<Reason> inner() {
            return List.of(then);
        }
    }

    /** The account holding the lead's domain is owned by the rep, who took the lead without a rotation turn. */
    record AccountOwner(String account, RepId rep, String repName) implements Reason {
        @Override
        public Code code() {
            return Code.ACCOUNT_OWNER;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("account", account, "rep", rep.value(), "repName", repName);
        }
    }

    /** No account holds the lead's domain, so the action's fallback decided ({@code then}). */
    record NoAccount(String domain, Reason then) implements Reason {
        @Override
        public Code code() {
            return Code.NO_ACCOUNT;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("domain", domain);
        }

        @Override
        public List<Reason> inner() {
            return List.of(then);
        }
    }

    /** The account matched but its owner could not take the lead ({@code owner} says why), so the fallback decided. */
    record AccountOwnerUnavailable(String account, Reason owner, Reason then) implements Reason {
        @Override
        public Code code() {
            return Code.ACCOUNT_OWNER_UNAVAILABLE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("account", account);
        }

        @Override
        public List<Reason> inner() {
            return List.of(owner, then);
        }
    }

    /** The pool named no longer exists. */
    record PoolGone(PoolId pool) implements Reason {
        @Override
        public Code code() {
            return Code.POOL_GONE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("pool", pool.value());
        }
    }

    /**
     * How a pool drew: its strategy and what the strategy counted.
     *
     * @param days        the days of conversions a performance-weighted pool looked back over, else null
     * @param window      the equal-distribution window (e.g. {@code 2026-W48}), else null
     * @param rejoin      how members rejoin under equal distribution, else null
     * @param credited    leads credited to members rejoining under fair start in this decision
     * @param meetingType the meeting type of an availability-first pool, else null
     */
    record Method(
            Strategy strategy,
            Integer days,
            String window,
            EqualDistribution.Rejoin rejoin,
            List<Credit> credited,
            MeetingTypeId meetingType) {

        public Method {
            Objects.requireNonNull(strategy, "strategy");
            credited = credited == null ? List.of() : List.copyOf(credited);
        }

        void into(Map<String, Object> values) {
            values.put("strategy", strategy.name());
            Values.put(values, "days", days == null ? null : (long) days);
            Values.put(values, "window", window);
            Values.put(values, "rejoin", rejoin == null ? null : rejoin.name());
            for (Credit credit : credited) {
                values.put("credited:" + credit.rep().value(), credit.leads());
                values.put("creditedName:" + credit.rep().value(), credit.repName());
            }
            Values.put(values, "meetingType", meetingType == null ? null : meetingType.value());
        }

        static Method from(Map<String, Object> values) {
            List<Credit> credited = new ArrayList<>();
            values.forEach((name, value) -> {
                if (name.startsWith("credited:")) {
                    String rep = name.substring("credited:".length());
                    credited.add(new Credit(
                            new RepId(rep), (String) values.get("creditedName:" + rep), Values.number(value)));
                }
            });
            Object days = values.get("days");
            Object rejoin = values.get("rejoin");
            Object meetingType = values.get("meetingType");
            return new Method(
                    Strategy.valueOf((String) values.get("strategy")),
                    days == null ? null : (int) Values.number(days),
                    (String) values.get("window"),
                    rejoin == null ? null : EqualDistribution.Rejoin.valueOf((String) rejoin),
                    credited,
                    meetingType == null ? null : new MeetingTypeId((String) meetingType));
        }
    }

    /** Leads credited to a member rejoining an equal-distribution pool under fair start. */
    record Credit(RepId rep, String repName, long leads) {}

    /**
     * A pool member took the lead.
     *
     * @param turn           the rotation turn the decision took, counted from 0 as {@link Assignment#turn()} is
     * @param member         the chosen member's place in the pool's list, counted from 1 ("member 1 of 3")
     * @param members        how many members the pool has
     * @param passedOver     members tried and passed over before the chosen one
     * @param noFreeSlot     of those, members with no free slot (availability-first)
     * @param calendarUnknown of those, members whose calendar could not be read (availability-first)
     */
    record PoolDrew(
            PoolId pool,
            String poolName,
            Method method,
            long turn,
            int member,
            int members,
            int passedOver,
            int noFreeSlot,
            int calendarUnknown)
            implements Reason {
        @Override
        public Code code() {
            return Code.POOL_DREW;
        }

        @Override
        public Map<String, Object> values() {
            Map<String, Object> values = Values.of("pool", pool.value(), "poolName", poolName);
            method.into(values);
            values.put("turn", turn);
            values.put("member", (long) member);
            values.put("members", (long) members);
            values.put("passedOver", (long) passedOver);
            values.put("noFreeSlot", (long) noFreeSlot);
            values.put("calendarUnknown", (long) calendarUnknown);
            return values;
        }
    }

    /**
     * Every member of the pool was passed over; {@code overflow} is the reason its overflow gave, or null when
     * the pool has none (or this pool was itself an overflow, which does not chain).
     */
    record PoolPassedOver(
            PoolId pool,
            String poolName,
            Method method,
            int members,
            int noFreeSlot,
            int calendarUnknown,
            Reason overflow)
            implements Reason {
        @Override
        public Code code() {
            return Code.POOL_PASSED_OVER;
        }

        @Override
        public Map<String, Object> values() {
            Map<String, Object> values = Values.of("pool", pool.value(), "poolName", poolName);
            method.into(values);
            values.put("members", (long) members);
            values.put("noFreeSlot", (long) noFreeSlot);
            values.put("calendarUnknown", (long) calendarUnknown);
            values.put("overflow", overflow != null);
            return values;
        }

        @Override
        public List<Reason> inner() {
            return overflow == null ? List.of() : List.of(overflow);
        }

        public PoolPassedOver withOverflow(Reason then) {
            return new PoolPassedOver(pool, poolName, method, members, noFreeSlot, calendarUnknown, then);
        }
    }

    /**
     * The pool of the rule named {@code rule} passed every member over ({@code passed}) and had no overflow, so the
     * lead fell through as the rule's action says ({@code to}) and {@code then} decided.
     *
     * @param to       {@code NEXT_RULE} or {@code FALLBACK}
     * @param nextRule the later rule that matched, or null when the router's fallback decided
     */
    record FellThrough(String rule, String to, String nextRule, Reason passed, Reason then) implements Reason {
        public FellThrough {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(passed, "passed");
            Objects.requireNonNull(then, "then");
        }

        @Override
        public Code code() {
            return Code.FELL_THROUGH;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("rule", rule, "to", to, "nextRule", nextRule);
        }

        @Override
        public List<Reason> inner() {
            return List.of(passed, then);
        }
    }

    /**
     * An earlier lead of the same person, as a decision found it.
     *
     * @param matchedBy {@code EMAIL} or {@code PHONE}
     */
    record EarlierLead(LeadId lead, Instant submittedAt, String matchedBy) {

        public EarlierLead {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(matchedBy, "matchedBy");
        }

        Map<String, Object> values() {
            return Values.of("lead", lead.value(), "submittedAt", submittedAt.toString(), "matchedBy", matchedBy);
        }

        static EarlierLead from(Map<String, Object> values) {
            return new EarlierLead(
                    new LeadId((String) values.get("lead")), Instant.parse((String) values.get("submittedAt")), (String)
                            values.get("matchedBy"));
        }
    }

    /** The owner of an earlier lead of the same person took this one, with no rotation turn. */
    record LeadOwner(EarlierLead earlier, RepId rep, String repName) implements Reason {
        @Override
        public Code code() {
            return Code.LEAD_OWNER;
        }

        @Override
        public Map<String, Object> values() {
            Map<String, Object> values = earlier.values();
            values.put("rep", rep.value());
            Values.put(values, "repName", repName);
            return values;
        }
    }

    /** No earlier lead of the same person in the period has an owner, so the action's fallback decided ({@code then}). */
    record NoEarlierLead(int days, boolean byPhone, Reason then) implements Reason {
        @Override
        public Code code() {
            return Code.NO_EARLIER_LEAD;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("days", (long) days, "byPhone", byPhone);
        }

        @Override
        public List<Reason> inner() {
            return List.of(then);
        }
    }

    /** An earlier lead matched but its owner could not take this one ({@code owner} says why), so the fallback decided. */
    record LeadOwnerUnavailable(EarlierLead earlier, Reason owner, Reason then) implements Reason {
        @Override
        public Code code() {
            return Code.LEAD_OWNER_UNAVAILABLE;
        }

        @Override
        public Map<String, Object> values() {
            return earlier.values();
        }

        @Override
        public List<Reason> inner() {
            return List.of(owner, then);
        }
    }

    /** The earlier lead this reason or one it led on to names, if any: the lead a lead-to-lead match found. */
    default java.util.Optional<LeadId> matchedLead() {
        for (Reason step : steps()) {
            if (step instanceof LeadOwner owner) {
                return java.util.Optional.of(owner.earlier().lead());
            }
            if (step instanceof LeadOwnerUnavailable unavailable) {
                return java.util.Optional.of(unavailable.earlier().lead());
            }
        }
        return java.util.Optional.empty();
    }

    /** A decision stored before reasons were data: the sentence it was stored with. */
    record Sentence(String words) implements Reason {
        @Override
        public Code code() {
            return Code.SENTENCE;
        }

        @Override
        public Map<String, Object> values() {
            return Values.of("words", words);
        }
    }

    /**
     * The reason with this code and values, leading on to {@code inner}: the inverse of {@link #values()} and
     * {@link #inner()}, for adapters that store reasons.
     *
     * @throws IllegalArgumentException when the values do not fit the code
     */
    static Reason of(Code code, Map<String, Object> values, List<Reason> inner) {
        try {
            switch (code) {
                case DISQUALIFIED_BY_QUALIFICATION:
                    return new DisqualifiedByQualification((String) values.get("why"));
                case DISQUALIFIED_BY_RULE:
                    return new DisqualifiedByRule((String) values.get("why"));
                case QUEUED:
                    return new Queued(
                            new PoolId((String) values.get("pool")),
                            (String) values.get("poolName"),
                            QueueMode.valueOf((String) values.get("mode")));
                case TO_REP:
                    return new ToRep(new RepId((String) values.get("rep")), (String) values.get("repName"));
                case REP_GONE:
                    return new RepGone(new RepId((String) values.get("rep")));
                case REP_INACTIVE:
                    return new RepInactive(new RepId((String) values.get("rep")), (String) values.get("repName"));
                case REP_AWAY:
                    Object until = values.get("until");
                    return new RepAway(
                            new RepId((String) values.get("rep")),
                            (String) values.get("repName"),
                            Candidate.SkipReason.valueOf((String) values.get("absence")),
                            until == null ? null : Instant.parse((String) until));
                case ESCALATED:
                    return new Escalated((String) values.get("why"), inner.get(0));
                case ACCOUNT_OWNER:
                    return new AccountOwner(
                            (String) values.get("account"), new RepId((String) values.get("rep")), (String)
                                    values.get("repName"));
                case NO_ACCOUNT:
                    return new NoAccount((String) values.get("domain"), inner.get(0));
                case ACCOUNT_OWNER_UNAVAILABLE:
                    return new AccountOwnerUnavailable((String) values.get("account"), inner.get(0), inner.get(1));
                case POOL_GONE:
                    return new PoolGone(new PoolId((String) values.get("pool")));
                case POOL_DREW:
                    return new PoolDrew(
                            new PoolId((String) values.get("pool")),
                            (String) values.get("poolName"),
                            Method.from(values),
                            Values.number(values.get("turn")),
                            (int) Values.number(values.get("member")),
                            (int) Values.number(values.get("members")),
                            (int) Values.number(values.get("passedOver")),
                            (int) Values.number(values.get("noFreeSlot")),
                            (int) Values.number(values.get("calendarUnknown")));
                case POOL_PASSED_OVER:
                    return new PoolPassedOver(
                            new PoolId((String) values.get("pool")),
                            (String) values.get("poolName"),
                            Method.from(values),
                            (int) Values.number(values.get("members")),
                            (int) Values.number(values.get("noFreeSlot")),
                            (int) Values.number(values.get("calendarUnknown")),
                            inner.isEmpty() ? null : inner.get(0));
                case FELL_THROUGH:
                    return new FellThrough(
                            (String) values.get("rule"),
                            (String) values.get("to"),
                            (String) values.get("nextRule"),
                            inner.get(0),
                            inner.get(1));
                case LEAD_OWNER:
                    return new LeadOwner(EarlierLead.from(values), new RepId((String) values.get("rep")), (String)
                            values.get("repName"));
                case NO_EARLIER_LEAD:
                    return new NoEarlierLead(
                            (int) Values.number(values.get("days")),
                            Boolean.TRUE.equals(values.get("byPhone")),
                            inner.get(0));
                case LEAD_OWNER_UNAVAILABLE:
                    return new LeadOwnerUnavailable(EarlierLead.from(values), inner.get(0), inner.get(1));
                default:
                    return new Sentence((String) values.get("words"));
            }
        } catch (RuntimeException unfit) {
            throw new IllegalArgumentException("values " + values + " do not fit reason " + code, unfit);
        }
    }

    /** Builds the ordered value maps, leaving out nulls. */
    final class Values {

        private Values() {}

        static Map<String, Object> of(Object... namesAndValues) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                put(values, (String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return values;
        }

        static void put(Map<String, Object> values, String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
        }

        static long number(Object value) {
            return value == null ? 0 : ((Number) value).longValue();
        }
    }
}
