package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import java.util.List;

/** A router's content as an admin edits it: its name, rules in order, and fallback. Checked on construction. */
public record RouterDraft(String name, List<Rule> rules, RuleAction fallback) {

    public RouterDraft {
        // Building a router checks every rule of one (fallback present, names unique, limits).
        Router checked = new Router(new RouterId("draft"), name, 1, rules, fallback);
        name = checked.name();
        rules = checked.rules();
        fallback = checked.fallback();
    }

    Router asVersion(RouterId id, int version) {
        return new Router(id, name, version, rules, fallback);
    }

    static RouterDraft required(RouterDraft draft) {
        if (draft == null) {
            throw InputRejected.required("router");
        }
        return draft;
    }
}
