package dev.switchboard.domain.model.rule;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a router's rules can possibly match a lead, found without evaluating them one by one.
 * <p>
 * Most rules in a large router start with a test like "country is one of US, Canada" that a lead's
 * value either passes or not. Such a test is a rule's guard: when it fails, the rule cannot match,
 * whatever else it says. For each field used by guards this index keeps, per value, the rules whose
 * guard that value fails, so one lookup per field crosses out every rule that cannot match, and only
 * the rest are evaluated, in order. The first of them that holds is the same rule a plain pass over
 * every rule would find: guards only ever cross out rules that would have failed.
 */
final class RuleIndex {

    /** Above this many distinct values for one field, the field guards nothing: the index stays small. */
    private static final int MAX_VALUES_PER_FIELD = 5_000;

    private final int rules;
    private final Map<FieldRef, FieldGuards> guards;

    /**
     * @param guarded        the rules whose guard tests this field
     * @param crossedOutWhen for each value some guard names, the guarded rules that value cannot match
     */
    private record FieldGuards(BitSet guarded, Map<String, BitSet> crossedOutWhen) {

        BitSet crossedOut(String value) {
            if (value == null) {
                return guarded;
            }
            BitSet crossed = crossedOutWhen.get(value);
            return crossed == null ? guarded : crossed;
        }
    }

    private RuleIndex(int rules, Map<FieldRef, FieldGuards> guards) {
        this.rules = rules;
        this.guards = guards;
    }

    static RuleIndex of(List<Rule> rules) {
        Map<FieldRef, BitSet> guardedBy = new LinkedHashMap<>();
        Map<FieldRef, Map<String, BitSet>> passedBy = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Compare guard = guardOf(rules.get(i).condition());
            if (guard == null) {
                continue;
            }
            guardedBy.computeIfAbsent(guard.field(), f -> new BitSet()).set(i);
            Map<String, BitSet> byValue = passedBy.computeIfAbsent(guard.field(), f -> new HashMap<>());
            for (String value : guard.equalTexts()) {
                byValue.computeIfAbsent(value, v -> new BitSet()).set(i);
            }
        }
        Map<FieldRef, FieldGuards> guards = new LinkedHashMap<>();
        guardedBy.forEach((field, guarded) -> {
            Map<String, BitSet> passed = passedBy.get(field);
            if (passed.size() > MAX_VALUES_PER_FIELD) {
                return;
            }
            Map<String, BitSet> crossedOut = new HashMap<>();
            passed.forEach((value, passing) -> {
                BitSet crossed = (BitSet) guarded.clone();
                crossed.andNot(passing);
                crossedOut.put(value, crossed);
            });
            guards.put(field, new FieldGuards(guarded, crossedOut));
        });
        return new RuleIndex(rules.size(), guards);
    }

    /**
     * A rule's guard: the condition itself when it is a positive set test (EQUALS or IN) on a text field,
     * or the first such test among the conditions of an ALL group; null when it has none.
     */
    private static Compare guardOf(Condition condition) {
        if (condition instanceof Compare compare) {
            return isGuard(compare) ? compare : null;
        }
        if (condition instanceof Group group && group.join() == Group.Join.ALL) {
            for (Condition part : group.conditions()) {
                if (part instanceof Compare compare && isGuard(compare)) {
                    return compare;
                }
            }
        }
        return null;
    }

    private static boolean isGuard(Compare compare) {
        return compare.field().type() == FieldType.TEXT
                && (compare.operator() == Operator.EQUALS || compare.operator() == Operator.IN);
    }

    /** The rules that may match the lead, as positions in the router's list. */
    BitSet candidates(LeadFacts lead) {
        BitSet candidates = new BitSet(rules);
        candidates.set(0, rules);
        guards.forEach((field, guard) -> candidates.andNot(guard.crossedOut(lead.text(field))));
        return candidates;
    }

    /** For tests: the fields that guard rules. */
    Set<FieldRef> guardFields() {
        return guards.keySet();
    }
}
