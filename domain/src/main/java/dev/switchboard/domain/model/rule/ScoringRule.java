package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;

/** Points a lead earns (or loses) when a condition holds, e.g. +20 for a VP title. */
public record ScoringRule(String name, Condition condition, int points) {

    public static final int MAX_POINTS = 1000;

    public ScoringRule {
        name = Text.required("name", name, Text.SHORT);
        if (condition == null) {
            throw InputRejected.required("condition");
        }
        if (Math.abs(points) > MAX_POINTS) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "points", "points lie between -" + MAX_POINTS + " and " + MAX_POINTS);
        }
    }
}
