package dev.switchboard.domain.model.rule;

/**
 * Whether a condition held for a lead, and which condition decided it: for a condition that failed,
 * the part that failed. The words for an admin are made only when asked for, so evaluating many
 * rules costs no string building.
 */
public record Verdict(boolean holds, Condition decisive) {

    public String explain(LeadFacts lead) {
        return decisive.describe(lead);
    }
}
