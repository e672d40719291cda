package dev.switchboard.domain.model.rule;

import java.util.List;

/**
 * The outcome of running a lead through a router's rules.
 *
 * @param ruleIndex the matching rule's position, or -1 when the fallback decided
 * @param ruleName  the matching rule's name, or null for the fallback
 * @param misses    the rules tried before, each with the condition that failed
 */
public record RuleMatch(int ruleIndex, String ruleName, RuleAction action, List<Miss> misses) {

    public RuleMatch {
        misses = List.copyOf(misses);
    }

    public boolean fellBack() {
        return ruleIndex < 0;
    }

    public record Miss(String ruleName, Verdict verdict) {
    }
}
