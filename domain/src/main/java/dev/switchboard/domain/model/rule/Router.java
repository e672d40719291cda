package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Text;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of rules and a fallback: the first rule whose condition holds decides, and when
 * none does the fallback does, so every lead gets an action. Each edit is a new version; the
 * version routes leads once published.
 * <p>
 * A class rather than a record: it builds, once, an index of its rules ({@link RuleIndex}) so that a
 * lead is tested only against the rules that can match it.
 */
public final class Router {

    public static final int MAX_RULES = 500;

    private final RouterId id;
    private final String name;
    private final int version;
    private final List<Rule> rules;
    private final RuleAction fallback;
    private final Qualification qualification;
    private final RuleIndex index;

    /** A router that screens leads by the workspace's qualification. */
    public Router(RouterId id, String name, int version, List<Rule> rules, RuleAction fallback) {
        this(id, name, version, rules, fallback, null);
    }

    /**
     * @param qualification the screening this version applies before its rules, kept with the version so that it
     *                      decides the same way whenever it is replayed; null for the workspace's
     */
    public Router(
            RouterId id, String name, int version, List<Rule> rules, RuleAction fallback, Qualification qualification) {
        this.id = Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1: " + version);
        }
        this.version = version;
        // The name, the fallback and the rules are checked each on its own, so one answer names every fault.
        List<InputRejected> faults = new ArrayList<>();
        this.name = InputsRejected.collect(faults, () -> Text.required("name", name, Text.SHORT));
        if (fallback == null) {
            faults.add(new InputRejected(
                    ErrorCode.REQUIRED, "fallback", "a router needs a fallback action for leads no rule matches"));
        } else if (fallback instanceof RuleAction.RouteToPool toPool && toPool.fallsThrough()) {
            faults.add(new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    "fallback.whenPassedOver",
                    "the fallback is the last resort: a pool that passes everyone over leaves the lead unassigned"));
        }
        this.fallback = fallback;
        this.qualification = qualification;
        this.rules = rules(rules, faults);
        InputsRejected.raise(faults);
        this.index = RuleIndex.of(this.rules);
    }

    private static List<Rule> rules(List<Rule> rules, List<InputRejected> faults) {
        List<Rule> given = rules == null ? List.of() : rules;
        if (given.size() > MAX_RULES) {
            faults.add(
                    new InputRejected(ErrorCode.OUT_OF_RANGE, "rules", "a router has at most " + MAX_RULES + " rules"));
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                faults.add(InputRejected.required("rules[" + i + "]"));
            } else if (!names.add(given.get(i).name().toLowerCase(Locale.ROOT))) {
                faults.add(new InputRejected(
                        ErrorCode.DUPLICATE,
                        "rules[" + i + "].name",
                        "two rules are named " + given.get(i).name()));
            }
        }
        return faults.isEmpty() ? List.copyOf(given) : List.of();
    }

    public RouterId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public List<Rule> rules() {
        return rules;
    }

    public RuleAction fallback() {
        return fallback;
    }

    /** The qualification this version applies, or null when it applies the workspace's. */
    public Qualification qualification() {
        return qualification;
    }

    /** The same router with other rules and fallback, as its next version, screening by the workspace's qualification. */
    public Router revise(String name, List<Rule> rules, RuleAction fallback) {
        return new Router(id, name, version + 1, rules, fallback);
    }

    /**
     * Runs the lead through the rules in order: the first that holds decides. Rules the index shows
     * cannot match are skipped without being evaluated.
     *
     * @return the rule that matched, or the fallback; why each earlier rule missed is worked out on request
     */
    public RuleMatch match(LeadFacts lead) {
        BitSet candidates = index.candidates(lead);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (rules.get(i).condition().holds(lead)) {
                return new RuleMatch(this, lead, i);
            }
        }
        return new RuleMatch(this, lead, -1);
    }

    /**
     * Runs the lead through the rules after the one at {@code ruleIndex}, in order, as {@link #match} does from the
     * first: for a rule whose pool passed everyone over and that falls through to the next rule.
     *
     * @return the first later rule that matched, or the fallback
     */
    public RuleMatch matchAfter(LeadFacts lead, int ruleIndex) {
        BitSet candidates = index.candidates(lead);
        for (int i = candidates.nextSetBit(ruleIndex + 1); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (rules.get(i).condition().holds(lead)) {
                return new RuleMatch(this, lead, i);
            }
        }
        return new RuleMatch(this, lead, -1);
    }

    /** The fallback, as a match: for a rule whose pool passed everyone over and that falls through to it. */
    public RuleMatch fallbackMatch(LeadFacts lead) {
        return new RuleMatch(this, lead, -1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Router that
                && id.equals(that.id)
                && name.equals(that.name)
                && version == that.version
                && rules.equals(that.rules)
                && fallback.equals(that.fallback)
                && Objects.equals(qualification, that.qualification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version, rules, fallback);
    }

    @Override
    public String toString() {
        return "Router[" + id + " v" + version + " " + name + ", " + rules.size() + " rules]";
    }
}
