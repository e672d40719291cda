package dev.switchboard.routing.explain;

import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.Strategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders routing reasons in words, from a catalogue of phrases keyed by reason code and skip code. The decision
 * records only codes and values and never calls this; the edges do (GraphQL views, the webhook payload the
 * persistence module writes, logs), which is why it sits beside {@link ExplainMisses} where both can reach it.
 * English is the one catalogue today: another language is another pair of maps with the same keys.
 */
public final class ReasonWords {

    /** The words for one reason code; {@code words} renders the reasons it led on to. */
    @FunctionalInterface
    interface Phrase {
        String of(Reason reason, ReasonWords words);
    }

    /** The words for one skip code, from its values. */
    @FunctionalInterface
    interface SkipPhrase {
        String of(Map<String, Object> values);
    }

    public static final ReasonWords ENGLISH = english();

    private final Map<Reason.Code, Phrase> phrases;
    private final Map<Candidate.SkipReason, SkipPhrase> skips;

    private ReasonWords(Map<Reason.Code, Phrase> phrases, Map<Candidate.SkipReason, SkipPhrase> skips) {
        this.phrases = phrases;
        this.skips = skips;
    }

    /** The decision in one sentence: which rule (or fallback, or direct pool) sent the lead, then why it went where it went. */
    public String sentence(Explanation explanation) {
        Reason reason = explanation.reason();
        if (reason instanceof Reason.Sentence || reason instanceof Reason.DisqualifiedByQualification) {
            return words(reason);
        }
        String leadIn = explanation.routerId() == null
                ? "sent straight to "
                : explanation.rule() == null
                        ? "no rule matched, so the fallback: "
                        : "rule \"" + explanation.rule() + "\": ";
        return leadIn + words(reason);
    }

    /** The reason, and every reason it led on to, in words. */
    public String words(Reason reason) {
        return phrases.get(reason.code()).of(reason, this);
    }

    /** A member's equal-distribution standing in words, e.g. "3 leads + 2 credited, share 2.5, target 3.0, returning". */
    public String words(Explanation.Share share) {
        StringBuilder words = new StringBuilder(count(share.count(), "lead", "leads"));
        if (share.credit() > 0) {
            words.append(" + ").append(share.credit()).append(" credited");
        }
        words.append(", share ").append(share.share());
        if (share.away()) {
            words.append(", away");
        } else {
            words.append(", target ").append(share.target());
        }
        if (share.rejoined() != null) {
            words.append(share.rejoined() == Explanation.Rejoined.NEW ? ", new to the window" : ", returning");
            words.append(
                    share.creditedNow() > 0
                            ? ", credited " + count(share.creditedNow(), "lead", "leads") + " now (fair start)"
                            : ", not credited");
        }
        return words.toString();
    }

    /** Why a member was passed over, in words. */
    public String words(Candidate.Skip skip) {
        return skips.get(skip.code()).of(skip.values());
    }

    private static ReasonWords english() {
        Map<Reason.Code, Phrase> p = new EnumMap<>(Reason.Code.class);
        p.put(Reason.Code.DISQUALIFIED_BY_QUALIFICATION, (r, w) -> "disqualified before routing: " + text(r, "why"));
        p.put(Reason.Code.DISQUALIFIED_BY_RULE, (r, w) -> "disqualified: " + text(r, "why"));
        p.put(
                Reason.Code.QUEUED,
                (r, w) -> "offered to the " + lowerWords(text(r, "mode")) + " queue of pool "
                        + text(r, r.values().containsKey("poolName") ? "poolName" : "pool"));
        p.put(Reason.Code.TO_REP, (r, w) -> "to " + text(r, "repName"));
        p.put(Reason.Code.REP_GONE, (r, w) -> "rep " + text(r, "rep") + " no longer exists");
        p.put(Reason.Code.REP_INACTIVE, (r, w) -> "rep " + text(r, "repName") + " is inactive");
        p.put(
                Reason.Code.REP_AWAY,
                (r, w) -> "rep " + text(r, "repName") + " " + absence(text(r, "absence"))
                        + (r.values().containsKey("until") ? " until " + text(r, "until") : ""));
        p.put(
                Reason.Code.ESCALATED,
                (r, w) -> "escalated" + (r.values().containsKey("why") ? " (" + text(r, "why") + ")" : "") + ", "
                        + w.words(r.inner().get(0)));
        p.put(
                Reason.Code.ACCOUNT_OWNER,
                (r, w) -> "account " + text(r, "account") + " is owned by " + text(r, "repName"));
        p.put(
                Reason.Code.NO_ACCOUNT,
                (r, w) -> "no account holds " + text(r, "domain") + ", so "
                        + w.words(r.inner().get(0)));
        p.put(
                Reason.Code.ACCOUNT_OWNER_UNAVAILABLE,
                (r, w) -> "account " + text(r, "account") + " matched but "
                        + w.words(r.inner().get(0)) + ", so "
                        + w.words(r.inner().get(1)));
        p.put(Reason.Code.POOL_GONE, (r, w) -> "pool " + text(r, "pool") + " no longer exists");
        p.put(Reason.Code.POOL_DREW, (r, w) -> {
            Reason.PoolDrew drew = (Reason.PoolDrew) r;
            String pick = drew.method().strategy() == Strategy.EQUAL_DISTRIBUTION
                    ? "member " + drew.member() + " of " + drew.members() + " has the lowest share of the window"
                    : "turn " + drew.turn() + " goes to member " + drew.member() + " of " + drew.members();
            return "pool " + drew.poolName() + " by " + method(drew.method()) + ": " + pick
                    + (drew.passedOver() == 0
                            ? ""
                            : " after passing over " + count(drew.passedOver(), "member", "members")
                                    + withoutSlots(drew.noFreeSlot(), drew.calendarUnknown()));
        });
        p.put(Reason.Code.POOL_PASSED_OVER, (r, w) -> {
            Reason.PoolPassedOver passed = (Reason.PoolPassedOver) r;
            return "pool " + passed.poolName() + " by " + method(passed.method()) + ": every member was passed over"
                    + withoutSlots(passed.noFreeSlot(), passed.calendarUnknown())
                    + (passed.overflow() == null ? "" : ", so its overflow: " + w.words(passed.overflow()));
        });
        p.put(
                Reason.Code.FELL_THROUGH,
                (r, w) -> "rule " + text(r, "rule") + " sent the lead to "
                        + w.words(r.inner().get(0))
                        + ", so it fell through to "
                        + (r.values().containsKey("nextRule") ? "rule " + text(r, "nextRule") : "the router's fallback")
                        + ": " + w.words(r.inner().get(1)));
        p.put(
                Reason.Code.LEAD_OWNER,
                (r, w) -> "lead " + text(r, "lead") + " of " + text(r, "submittedAt") + " had the same "
                        + lowerWords(text(r, "matchedBy")) + ", so to its owner " + text(r, "repName"));
        p.put(
                Reason.Code.NO_EARLIER_LEAD,
                (r, w) -> "no lead with the same email"
                        + (Boolean.TRUE.equals(r.values().get("byPhone")) ? " or phone" : "")
                        + " in the last " + count(((Number) r.values().get("days")).longValue(), "day", "days")
                        + " has an owner, so " + w.words(r.inner().get(0)));
        p.put(
                Reason.Code.LEAD_OWNER_UNAVAILABLE,
                (r, w) -> "lead " + text(r, "lead") + " had the same " + lowerWords(text(r, "matchedBy")) + " but "
                        + w.words(r.inner().get(0)) + ", so "
                        + w.words(r.inner().get(1)));
        p.put(Reason.Code.SENTENCE, (r, w) -> text(r, "words"));

        Map<Candidate.SkipReason, SkipPhrase> s = new EnumMap<>(Candidate.SkipReason.class);
        s.put(Candidate.SkipReason.INACTIVE, v -> "inactive");
        s.put(Candidate.SkipReason.UNKNOWN_REP, v -> "no longer exists");
        s.put(Candidate.SkipReason.OUT_OF_OFFICE, v -> "out of office" + until(v));
        s.put(Candidate.SkipReason.TIME_OFF, v -> "on time off" + until(v));
        s.put(Candidate.SkipReason.HOLIDAY, v -> "on a holiday" + until(v));
        s.put(Candidate.SkipReason.OFF_HOURS, v -> "outside working hours" + until(v));
        s.put(Candidate.SkipReason.DAILY_CAP, v -> cap("daily", "today", v));
        s.put(Candidate.SkipReason.WEEKLY_CAP, v -> cap("weekly", "this week", v));
        s.put(
                Candidate.SkipReason.AHEAD_OF_OTHERS,
                v -> v.isEmpty()
                        ? "too far ahead of the others"
                        : "took " + v.get("load") + " leads, more than " + v.get("maxLead")
                                + " ahead of the least-loaded member's " + v.get("leastLoad"));
        s.put(Candidate.SkipReason.NO_FREE_SLOT, v -> "no free slot within the booking horizon");
        s.put(Candidate.SkipReason.CALENDAR_UNKNOWN, v -> "the calendar could not be read");
        s.put(Candidate.SkipReason.FILTERED_OUT, v -> "filtered out: takes only leads " + filter(v));
        return new ReasonWords(p, s);
    }

    private static String cap(String which, String when, Map<String, Object> v) {
        if (v.isEmpty()) {
            return "reached the " + which + " cap";
        }
        return "reached the " + which + " cap of " + v.get("cap")
                + (Boolean.TRUE.equals(v.get("meanwhile"))
                        ? " (filled by a concurrent decision)"
                        : " (" + v.get("count") + " " + when + ")");
    }

    /** The member's filter's condition the lead failed, e.g. "whose country equals BE". */
    private static String filter(Map<String, Object> v) {
        if (v.containsKey("territories")) {
            return "in " + v.get("territories");
        }
        if (v.containsKey("join")) {
            return "matching one of its filter's " + v.get("conditions") + " conditions";
        }
        String field = v.containsKey("attribute")
                ? "attribute " + v.get("attribute")
                : lowerWords(String.valueOf(v.get("field")));
        String values = String.valueOf(v.getOrDefault("values", ""));
        return "whose " + field + " " + lowerWords(String.valueOf(v.get("operator")))
                + (values.isEmpty() ? "" : " " + values);
    }

    private static String until(Map<String, Object> v) {
        return v.containsKey("until") ? " until " + v.get("until") : "";
    }

    private static String absence(String absence) {
        if ("TIME_OFF".equals(absence)) {
            return "is on time off";
        }
        if ("HOLIDAY".equals(absence)) {
            return "is on a holiday";
        }
        if ("OFF_HOURS".equals(absence)) {
            return "is outside working hours";
        }
        return "is out of office";
    }

    private static String method(Reason.Method method) {
        String how;
        if (method.strategy() == Strategy.EQUAL_DISTRIBUTION) {
            StringBuilder words = new StringBuilder("equal distribution over ")
                    .append(method.window())
                    .append(" (")
                    .append(lowerWords(method.rejoin().name()))
                    .append(")");
            for (Reason.Credit credit : method.credited()) {
                words.append(", ")
                        .append(credit.repName())
                        .append(" rejoins credited with ")
                        .append(count(credit.leads(), "lead", "leads"));
            }
            how = words.toString();
        } else if (method.strategy() == Strategy.PERFORMANCE_WEIGHTED) {
            how = "performance-weighted round robin over " + count(method.days(), "day", "days");
        } else {
            how = method.strategy() == Strategy.WEIGHTED_ROUND_ROBIN ? "weighted round robin" : "round robin";
        }
        return method.meetingType() == null
                ? how
                : how + ", availability-first for meeting type "
                        + method.meetingType().value();
    }

    /** How many of the members passed over had no free slot or an unreadable calendar, e.g. " (2 with no free slot)". */
    private static String withoutSlots(int noSlot, int unknown) {
        List<String> notes = new ArrayList<>(2);
        if (noSlot > 0) {
            notes.add(noSlot + " with no free slot");
        }
        if (unknown > 0) {
            notes.add(unknown
                    + (unknown == 1 ? " whose calendar could not be read" : " whose calendars could not be read"));
        }
        return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String text(Reason reason, String name) {
        return String.valueOf(reason.values().get(name));
    }

    private static String lowerWords(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
