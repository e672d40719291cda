package dev.switchboard.domain.model.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of running a lead through a router's rules: the rule that matched, or the fallback.
 * Why each earlier rule missed is worked out only when asked ({@link #misses()}), so a decision
 * that does not need the words does not pay for them.
 */
public final class RuleMatch {

    private final Router router;
    private final LeadFacts lead;
    private final int ruleIndex;

    RuleMatch(Router router, LeadFacts lead, int ruleIndex) {
        this.router = router;
        this.lead = lead;
        this.ruleIndex = ruleIndex;
    }

    /** The matching rule's position, or -1 when the fallback decided. */
    public int ruleIndex() {
        return ruleIndex;
    }

    /** The matching rule's name, or null for the fallback. */
    public String ruleName() {
        return fellBack() ? null : router.rules().get(ruleIndex).name();
    }

    public RuleAction action() {
        return fellBack() ? router.fallback() : router.rules().get(ruleIndex).action();
    }

    public boolean fellBack() {
        return ruleIndex < 0;
    }

    /** The rules tried before the match, in order, each with the part of its condition that failed. */
    public List<Miss> misses() {
        int tried = fellBack() ? router.rules().size() : ruleIndex;
        List<Miss> misses = new ArrayList<>(tried);
        for (int i = 0; i < tried; i++) {
            Rule rule = router.rules().get(i);
            misses.add(new Miss(rule.name(), rule.condition().evaluate(lead)));
        }
        return misses;
    }

    public record Miss(String ruleName, Verdict verdict) {}
}
