package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.MemberFilter;

/**
 * A test on a lead: a comparison of one field, a territory, or an AND/OR group of conditions.
 * Conditions are checked for consistency when built, so evaluating one never fails.
 */
public sealed interface Condition extends MemberFilter permits Compare, InTerritory, Group {

    /** The most nesting a router may use; deeper trees are refused as input. */
    int MAX_DEPTH = 8;

    /** Whether the condition holds for the lead; builds nothing, so a router can run hundreds of rules per decision. */
    boolean holds(LeadFacts lead);

    /** Whether it holds, and which part decided: for a failed condition, the part an admin should look at. */
    Verdict evaluate(LeadFacts lead);

    /** In words, how this condition stands for the lead, e.g. {@code employees 50 not greater than 200}. */
    String describe(LeadFacts lead);
}
