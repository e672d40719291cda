package dev.switchboard.routing.rules;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.Rule;
import dev.switchboard.domain.model.rule.RuleAction;
import java.util.List;

/**
 * A router's content as an admin edits it: its name, rules in order, fallback, and its own qualification (null for the
 * workspace's). Checked on construction.
 */
public record RouterDraft(String name, List<Rule> rules, RuleAction fallback, Qualification qualification) {

    public RouterDraft {
        // Building a router checks every rule of one (fallback present, names unique, limits).
        Router checked = new Router(new RouterId("draft"), name, 1, rules, fallback, qualification);
        name = checked.name();
        rules = checked.rules();
        fallback = checked.fallback();
    }

    /** A draft that screens by the workspace's qualification. */
    public RouterDraft(String name, List<Rule> rules, RuleAction fallback) {
        this(name, rules, fallback, null);
    }

    Router asVersion(RouterId id, int version) {
        return new Router(id, name, version, rules, fallback, qualification);
    }

    static RouterDraft required(RouterDraft draft) {
        if (draft == null) {
            throw InputRejected.required("router");
        }
        return draft;
    }
}
