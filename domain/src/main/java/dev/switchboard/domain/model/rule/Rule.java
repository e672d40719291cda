package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;

/** A named condition and the action taken when it holds. */
public record Rule(String name, Condition condition, RuleAction action) {

    public Rule {
        name = Text.required("name", name, Text.SHORT);
        if (condition == null) {
            throw InputRejected.required("condition");
        }
        if (action == null) {
            throw InputRejected.required("action");
        }
    }
}
