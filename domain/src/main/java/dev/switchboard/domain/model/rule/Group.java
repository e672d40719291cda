package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.util.List;

/**
 * Conditions joined by AND (all hold) or OR (any holds). An empty group is the explicit
 * "match all": it holds for every lead, whichever the join.
 */
public record Group(Join join, List<Condition> conditions) implements Condition {

    public static final int MAX_CONDITIONS = 50;

    public enum Join {
        ALL,
        ANY
    }

    public Group {
        if (join == null) {
            throw InputRejected.required("join");
        }
        if (conditions == null) {
            conditions = List.of();
        }
        if (conditions.size() > MAX_CONDITIONS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "conditions", "a group holds at most " + MAX_CONDITIONS + " conditions");
        }
        conditions = List.copyOf(conditions);
        if (1 + deepest(conditions) > MAX_DEPTH) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "conditions", "conditions nest at most " + MAX_DEPTH + " deep");
        }
    }

    public static Group matchAll() {
        return new Group(Join.ALL, List.of());
    }

    public static Group all(Condition... conditions) {
        return new Group(Join.ALL, List.of(conditions));
    }

    public static Group any(Condition... conditions) {
        return new Group(Join.ANY, List.of(conditions));
    }

    private static int deepest(List<Condition> conditions) {
        int deepest = 0;
        for (Condition child : conditions) {
            deepest = Math.max(deepest, child instanceof Group group ? 1 + deepest(group.conditions()) : 1);
        }
        return deepest;
    }

    @Override
    public boolean holds(LeadFacts lead) {
        if (join == Join.ALL) {
            for (Condition condition : conditions) {
                if (!condition.holds(lead)) {
                    return false;
                }
            }
            return true;
        }
        for (Condition condition : conditions) {
            if (condition.holds(lead)) {
                return true;
            }
        }
        return conditions.isEmpty();
    }

    @Override
    public Verdict evaluate(LeadFacts lead) {
        if (conditions.isEmpty()) {
            return new Verdict(true, this);
        }
        boolean all = join == Join.ALL;
        for (Condition condition : conditions) {
            Verdict verdict = condition.evaluate(lead);
            if (verdict.holds() != all) {
                // ALL stops at the first failure, ANY at the first success: that condition decided.
                return verdict;
            }
        }
        return new Verdict(all, this);
    }

    @Override
    public String describe(LeadFacts lead) {
        if (conditions.isEmpty()) {
            return "matches every lead";
        }
        if (join == Join.ALL) {
            return "all " + conditions.size() + " conditions hold";
        }
        StringBuilder why = new StringBuilder("none of the alternatives holds: ");
        for (int i = 0; i < conditions.size(); i++) {
            why.append(i == 0 ? "" : "; ").append(conditions.get(i).describe(lead));
        }
        return why.toString();
    }
}
