package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of rules and a fallback: the first rule whose condition holds decides, and when
 * none does the fallback does, so every lead gets an action. Each edit is a new version; the
 * version routes leads once published.
 */
public record Router(RouterId id, String name, int version, List<Rule> rules, RuleAction fallback) {

    public static final int MAX_RULES = 500;

    public Router {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, Text.SHORT);
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1: " + version);
        }
        if (fallback == null) {
            throw new InputRejected(ErrorCode.REQUIRED, "fallback", "a router needs a fallback action for leads no rule matches");
        }
        rules = rules(rules);
    }

    private static List<Rule> rules(List<Rule> rules) {
        List<Rule> given = rules == null ? List.of() : rules;
        if (given.size() > MAX_RULES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "rules", "a router has at most " + MAX_RULES + " rules");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw InputRejected.required("rules[" + i + "]");
            }
            if (!names.add(given.get(i).name().toLowerCase(Locale.ROOT))) {
                throw new InputRejected(ErrorCode.DUPLICATE, "rules[" + i + "].name", "two rules are named " + given.get(i).name());
            }
        }
        return List.copyOf(given);
    }

    /** The same router with other rules and fallback, as its next version. */
    public Router revise(String name, List<Rule> rules, RuleAction fallback) {
        return new Router(id, name, version + 1, rules, fallback);
    }

    /**
     * Runs the lead through the rules in order.
     *
     * @return the rule that matched (empty for the fallback) and, for each rule tried before it, why it did not
     */
    public RuleMatch match(LeadFacts lead) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).condition().holds(lead)) {
                return new RuleMatch(this, lead, i);
            }
        }
        return new RuleMatch(this, lead, -1);
    }
}
